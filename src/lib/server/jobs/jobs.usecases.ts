import { ZodError } from 'zod';
import type { Database } from '../db/client.ts';
import { errorSummary } from '../shared/log.ts';
import { unknownJobKind } from './jobs.errors.ts';
import { createJobsRepository, type JobsRepository, type NewJob } from './jobs.repository.ts';
import { retryDelayMs } from './jobs.retry.ts';
import type { JobRow } from './jobs.table.ts';

/** Runs one job; the payload is the JSON it was enqueued with, so handlers validate it. */
export type JobHandler = (payload: unknown) => Promise<unknown> | unknown;

/** A kind of job with more to say than how to run it. */
export type JobDefinition = {
	run: JobHandler;
	/** At most this many jobs of the kind run at once, across all processes; the rest wait. */
	maxRunning?: number;
	/**
	 * Told, in the transaction that marks it failed, of a job whose process died while it ran and
	 * that has no attempt left: what the job was about can say so to the people who wait for it.
	 */
	interrupted?: (input: { db: Database; payload: unknown }) => Promise<void>;
};

export type JobHandlers = Readonly<Record<string, JobHandler | JobDefinition>>;

/** own properties only: a kind such as "constructor" must not find Object.prototype's */
export function definitionOf(handlers: JobHandlers, kind: string): JobDefinition | undefined {
	const handler = Object.hasOwn(handlers, kind) ? handlers[kind] : undefined;
	return typeof handler === 'function' ? { run: handler } : handler;
}

function maxRunningOf(handlers: JobHandlers): Record<string, number> {
	return Object.fromEntries(
		Object.keys(handlers).flatMap((kind) => {
			const maxRunning = definitionOf(handlers, kind)?.maxRunning;
			return maxRunning === undefined ? [] : [[kind, maxRunning]];
		})
	);
}

/**
 * Takes back the jobs of runners that died (see recoverOrphans); those that fail for it are
 * handed to their kind's `interrupted` in the same transaction, so that either both happen or
 * neither does.
 */
export async function recoverInterruptedJobs({ db, handlers }: { db: Database; handlers: JobHandlers }): Promise<JobRow[]> {
	return db.transaction(async (tx) => {
		const recovered = await createJobsRepository({ db: tx }).recoverOrphans();
		for (const job of recovered) {
			if (job.status === 'failed') await definitionOf(handlers, job.kind)?.interrupted?.({ db: tx, payload: job.payload });
		}
		return recovered;
	});
}
export type JobRoundCounts = { done: number; retried: number; failed: number };

/** last_error is for people reading the table, not a log: keep it bounded. */
const maxErrorLength = 2000;

export async function enqueueJob({ db, ...job }: { db: Database } & NewJob): Promise<JobRow> {
	return createJobsRepository({ db }).enqueue(job);
}

/**
 * Claims the jobs that are due and runs them one after another. A job that throws is tried again
 * later (see retryDelayMs) until it has used its attempts; a kind nobody handles cannot succeed on
 * a retry, so it fails at once.
 */
export async function runDueJobs({
	db,
	handlers,
	workerId,
	limit = 10
}: {
	db: Database;
	handlers: JobHandlers;
	workerId: string;
	limit?: number;
}): Promise<JobRoundCounts> {
	const repository = createJobsRepository({ db });
	const counts: JobRoundCounts = { done: 0, retried: 0, failed: 0 };
	for (const job of await repository.claimDue({ workerId, limit, maxRunning: maxRunningOf(handlers) })) {
		counts[await runJob(repository, handlers, job, workerId)]++;
	}
	return counts;
}

async function runJob(repository: JobsRepository, handlers: JobHandlers, job: JobRow, workerId: string): Promise<keyof JobRoundCounts> {
	const handler = definitionOf(handlers, job.kind)?.run;
	if (!handler) {
		await repository.markFailed(job.id, workerId, unknownJobKind(job.kind).message);
		return 'failed';
	}
	try {
		await handler(job.payload);
	} catch (error) {
		const message = errorMessage(error);
		// a payload that does not validate will not validate on the next try either
		const retryable = !(error instanceof ZodError);
		if (retryable && job.attempts < job.maxAttempts) {
			await repository.reschedule(job.id, workerId, { error: message, runAt: new Date(Date.now() + retryDelayMs(job.attempts)) });
			return 'retried';
		}
		await repository.markFailed(job.id, workerId, message);
		return 'failed';
	}
	await repository.markDone(job.id, workerId);
	return 'done';
}

function errorMessage(error: unknown): string {
	const message = errorSummary(error);
	return message.length > maxErrorLength ? `${message.slice(0, maxErrorLength - 1)}…` : message;
}
