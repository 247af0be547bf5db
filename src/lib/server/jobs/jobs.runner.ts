import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/client.ts';
import { logError } from '../shared/log.ts';
import { createJobsRepository } from './jobs.repository.ts';
import { runDueJobs, type JobHandlers } from './jobs.usecases.ts';

export type JobRunner = {
	/** Runs a round soon, e.g. right after this process enqueued a job, instead of at the next poll. */
	wake(): void;
	/** Stops polling and resolves once the round under way (if any) has finished. */
	stop(): Promise<void>;
};

export type JobRunnerOptions = {
	db: Database;
	handlers: JobHandlers;
	pollMs?: number;
	workerId?: string;
	/** Jobs claimed per round. */
	limit?: number;
	/** A job running longer than this is taken to belong to a process that died, and is run again. */
	staleAfterMs?: number;
	log?: (message: string, error: unknown) => void;
};

/** Unique per runner: the pid alone repeats across containers and restarts. */
export function defaultWorkerId(): string {
	return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Polls the job table in this process. Rounds never overlap within one runner; a wake() during a
 * round starts another one right after it, and so does a round that filled its whole batch, so a
 * backlog drains without waiting for the poll interval.
 */
export function startJobRunner({
	db,
	handlers,
	pollMs = 2000,
	workerId = defaultWorkerId(),
	limit = 10,
	staleAfterMs = 15 * 60_000,
	log = logError
}: JobRunnerOptions): JobRunner {
	const repository = createJobsRepository({ db });
	let timer: ReturnType<typeof setTimeout> | undefined;
	let round: Promise<void> | undefined;
	let again = false;
	let stopped = false;

	function schedule(delayMs: number) {
		clearTimeout(timer);
		if (!stopped) timer = setTimeout(startRound, delayMs);
	}

	async function runRound(): Promise<boolean> {
		try {
			await repository.releaseStale({ lockedBefore: new Date(Date.now() - staleAfterMs) });
			const counts = await runDueJobs({ db, handlers, workerId, limit });
			return counts.done + counts.retried + counts.failed >= limit;
		} catch (error) {
			log(`Job runner ${workerId}: a round failed`, error);
			return false;
		}
	}

	function startRound() {
		if (stopped) return;
		if (round) {
			again = true;
			return;
		}
		round = runRound().then((full) => {
			round = undefined;
			const soon = again || full;
			again = false;
			schedule(soon ? 0 : pollMs);
		});
	}

	schedule(0);
	return {
		wake() {
			if (round) again = true;
			else schedule(0);
		},
		async stop() {
			stopped = true;
			clearTimeout(timer);
			await round;
		}
	};
}
