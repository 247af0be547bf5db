import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { Database } from '../db/client.ts';
import { connect } from '../db/connection.ts';
import { rowsOf } from '../db/rows.ts';
import { logError } from '../shared/log.ts';
import { workerLockKey } from './jobs.repository.ts';
import { recoverInterruptedJobs, runDueJobs, type JobHandlers } from './jobs.usecases.ts';

export type JobRunner = {
	/** Runs a round soon, e.g. right after this process enqueued a job, instead of at the next poll. */
	wake(): void;
	/** Stops polling and resolves once the round under way (if any) has finished. */
	stop(): Promise<void>;
};

export type JobRunnerOptions = {
	db: Database;
	/** The database's URL, for the one connection that holds this runner's advisory lock. */
	url: string;
	handlers: JobHandlers;
	pollMs?: number;
	workerId?: string;
	/** Jobs claimed per round. */
	limit?: number;
	log?: (message: string, error: unknown) => void;
};

/** Unique per runner: the pid alone repeats across containers and restarts. */
export function defaultWorkerId(): string {
	return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Holds the runner's advisory lock on a connection of its own, for as long as the runner lives.
 * `ensure` takes it again if the connection was replaced (postgres.js reconnects silently, and
 * the lock went with the old session).
 */
function workerLock(url: string, workerId: string) {
	const client = connect(url, { max: 1, holdOpen: true });
	const lockDb = drizzle(client);
	return {
		async ensure() {
			// this session takes no other advisory lock: holding one means holding ours
			const [held] = rowsOf<{ locked: boolean }>(
				await lockDb.execute(sql`select exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid() and granted) as locked`)
			);
			if (held?.locked) return;
			const [lock] = rowsOf<{ locked: boolean }>(await lockDb.execute(sql`select pg_try_advisory_lock(${workerLockKey(workerId)}) as locked`));
			if (!lock?.locked) throw new Error(`Another runner holds the lock of ${workerId}.`);
		},
		release: () => client.end({ timeout: 5 })
	};
}

/**
 * Polls the job table in this process. Each round first takes back the jobs of runners that
 * died (at start: those of the process this one replaces), then runs what is due. Rounds never
 * overlap within one runner; a wake() during a round starts another one right after it, and so
 * does a round that filled its whole batch, so a backlog drains without waiting for the poll
 * interval.
 */
export function startJobRunner({ db, url, handlers, pollMs = 2000, workerId = defaultWorkerId(), limit = 10, log = logError }: JobRunnerOptions): JobRunner {
	const lock = workerLock(url, workerId);
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
			// a job is claimed only under this runner's lock, so no other process takes it for dead
			await lock.ensure();
			await recoverInterruptedJobs({ db, handlers });
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
			await lock.release();
		}
	};
}
