import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jobs, type JobRow, type JobStatus } from './jobs.table.ts';

export type JobsRepository = ReturnType<typeof createJobsRepository>;

export type NewJob = {
	kind: string;
	payload: unknown;
	runAt?: Date;
	maxAttempts?: number;
	concurrencyKey?: string;
};

/** Taken by each claim for its transaction: claims are serialised so that limits on running jobs hold across processes. */
const claimLockKey = 7_146_905_302;

/**
 * The advisory lock a runner holds for as long as it lives, from its id: a session lock is
 * released by PostgreSQL when the session ends, however the process ended.
 */
export const workerLockKey = (workerId: SQL | string) => sql`('x' || substr(md5(${workerId}), 1, 16))::bit(64)::bigint`;

/** What last_error says of a job whose runner died while it ran. */
export const interruptedError = 'Interrupted: the process running it stopped.';

/** A job leaves `running` only through these; the lock columns describe the current run only. */
const unlocked = { lockedAt: null, lockedBy: null };

/**
 * A job is finished only by the worker that holds it: if the worker was taken for dead and the
 * job taken back (and maybe claimed by another), the first worker's late result must not count.
 */
const held = (id: string, workerId: string) => and(eq(jobs.id, id), eq(jobs.status, 'running'), eq(jobs.lockedBy, workerId));

export function createJobsRepository({ db }: { db: Database }) {
	return {
		async enqueue({ kind, payload, runAt, maxAttempts, concurrencyKey }: NewJob): Promise<JobRow> {
			const [row] = await db
				.insert(jobs)
				// undefined lets the column defaults (now(), 5) apply
				.values({ kind, payload: payload ?? null, runAt, maxAttempts, concurrencyKey })
				.returning();
			return row!;
		},

		/**
		 * Marks up to `limit` due jobs as running for `workerId`, in the order they are due, passing
		 * over a job whose concurrency key another running job has and a kind that has as many
		 * running as `maxRunning` allows. Claims are serialised by an advisory lock, so each sees
		 * the ones before it and these limits hold across processes. Due means by the database
		 * clock, shared by every process.
		 */
		async claimDue({ workerId, limit, maxRunning = {} }: { workerId: string; limit: number; maxRunning?: Record<string, number> }): Promise<JobRow[]> {
			const limits = JSON.stringify(maxRunning);
			const claimable = sql`(
				with due as (
					select id, kind, run_at, concurrency_key,
						row_number() over (partition by concurrency_key order by run_at, id) as key_rank
					from jobs where status = 'pending' and run_at <= now()
				), free as (
					select id, kind, run_at from due
					where concurrency_key is null
						or (key_rank = 1 and not exists (select 1 from jobs r where r.status = 'running' and r.concurrency_key = due.concurrency_key))
				), ranked as (
					select id, kind, run_at, row_number() over (partition by kind order by run_at, id) as kind_rank from free
				)
				select id from ranked
				where (${limits}::jsonb ->> kind) is null
					or kind_rank + (select count(*) from jobs r where r.status = 'running' and r.kind = ranked.kind) <= (${limits}::jsonb ->> kind)::int
				order by run_at, id
				limit ${limit}
			)`;
			const rows = await db.transaction(async (tx) => {
				await tx.execute(sql`select pg_advisory_xact_lock(${claimLockKey})`);
				return tx
					.update(jobs)
					.set({ status: 'running', lockedAt: sql`now()`, lockedBy: workerId, attempts: sql`${jobs.attempts} + 1` })
					.where(and(eq(jobs.status, 'pending'), sql`${jobs.id} in ${claimable}`))
					.returning();
			});
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
		 * Takes back the jobs whose runner is gone: one with attempts left runs again (the attempt
		 * counted), one without fails. A runner is gone when its advisory lock is free: taking it
		 * for this transaction proves that, and keeps another process from recovering the same
		 * jobs meanwhile. A live runner's lock is held, so its jobs are left alone however long
		 * they run. Returns the jobs taken back, with their new status.
		 */
		async recoverOrphans(): Promise<JobRow[]> {
			const orphans = sql`(
				with running as materialized (select id, locked_by from jobs where status = 'running')
				select id from running where locked_by is null or pg_try_advisory_xact_lock(${workerLockKey(sql`locked_by`)})
			)`;
			const resumable = sql`${jobs.attempts} < ${jobs.maxAttempts}`;
			return db
				.update(jobs)
				.set({
					status: sql`case when ${resumable} then 'pending' else 'failed' end`,
					runAt: sql`now()`,
					lastError: interruptedError,
					finishedAt: sql`case when ${resumable} then null else now() end`,
					...unlocked
				})
				.where(and(eq(jobs.status, 'running'), sql`${jobs.id} in ${orphans}`))
				.returning();
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
