import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jobs, type JobRow, type JobStatus } from './jobs.table.ts';

export type JobsRepository = ReturnType<typeof createJobsRepository>;

export type NewJob = {
	kind: string;
	payload: unknown;
	runAt?: Date;
	maxAttempts?: number;
};

/** A job leaves `running` only through these; the lock columns describe the current run only. */
const unlocked = { lockedAt: null, lockedBy: null };

/**
 * A job is finished only by the worker that holds it: if its lock went stale and another worker
 * took it over, the first worker's late result must not overwrite the second's.
 */
const held = (id: string, workerId: string) => and(eq(jobs.id, id), eq(jobs.status, 'running'), eq(jobs.lockedBy, workerId));

export function createJobsRepository({ db }: { db: Database }) {
	return {
		async enqueue({ kind, payload, runAt, maxAttempts }: NewJob): Promise<JobRow> {
			const [row] = await db
				.insert(jobs)
				// undefined lets the column defaults (now(), 5) apply
				.values({ kind, payload: payload ?? null, runAt, maxAttempts })
				.returning();
			return row!;
		},

		/**
		 * Marks up to `limit` due jobs as running for `workerId` in one statement. FOR UPDATE SKIP
		 * LOCKED makes concurrent claimers (other processes on PostgreSQL) pass over rows another
		 * one is taking, and a row committed as `running` meanwhile fails the re-checked condition,
		 * so no job is claimed twice. Due means by the database clock, shared by every process.
		 */
		async claimDue({ workerId, limit }: { workerId: string; limit: number }): Promise<JobRow[]> {
			const due = db
				.select({ id: jobs.id })
				.from(jobs)
				.where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`)))
				.orderBy(asc(jobs.runAt))
				.limit(limit)
				.for('update', { skipLocked: true });
			const rows = await db
				.update(jobs)
				.set({ status: 'running', lockedAt: sql`now()`, lockedBy: workerId, attempts: sql`${jobs.attempts} + 1` })
				.where(inArray(jobs.id, due))
				.returning();
			return rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
		},

		async markDone(id: string, workerId: string): Promise<void> {
			await db
				.update(jobs)
				.set({ status: 'done', finishedAt: sql`now()`, ...unlocked })
				.where(held(id, workerId));
		},

		async reschedule(id: string, workerId: string, { error, runAt }: { error: string; runAt: Date }): Promise<void> {
			await db
				.update(jobs)
				.set({ status: 'pending', runAt, lastError: error, ...unlocked })
				.where(held(id, workerId));
		},

		async markFailed(id: string, workerId: string, error: string): Promise<void> {
			await db
				.update(jobs)
				.set({ status: 'failed', lastError: error, finishedAt: sql`now()`, ...unlocked })
				.where(held(id, workerId));
		},

		/**
		 * Puts jobs back that a process claimed and never finished (it crashed or was killed): they
		 * run again, their attempt counted. Returns how many were released.
		 */
		async releaseStale({ lockedBefore }: { lockedBefore: Date }): Promise<number> {
			const rows = await db
				.update(jobs)
				.set({ status: 'pending', runAt: sql`now()`, ...unlocked })
				.where(and(eq(jobs.status, 'running'), lt(jobs.lockedAt, lockedBefore)))
				.returning({ id: jobs.id });
			return rows.length;
		},

		async findById(id: string): Promise<JobRow | undefined> {
			const [row] = await db.select().from(jobs).where(eq(jobs.id, id)).limit(1);
			return row;
		},

		async list({ kind, status }: { kind?: string; status?: JobStatus } = {}): Promise<JobRow[]> {
			return db
				.select()
				.from(jobs)
				.where(and(kind ? eq(jobs.kind, kind) : undefined, status ? eq(jobs.status, status) : undefined))
				.orderBy(asc(jobs.createdAt), asc(jobs.id));
		}
	};
}
