import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createJobsRepository, interruptedError } from './jobs.repository.ts';
import { jobs } from './jobs.table.ts';
import { enqueueJob, runDueJobs, type JobHandlers } from './jobs.usecases.ts';

describe('jobs use cases', () => {
	let database: DatabaseHandle;
	const find = (id: string) => createJobsRepository({ db: database.db }).findById(id);
	/** Stands in for the passing of time between retries. */
	const makeDue = (id: string) =>
		database.db
			.update(jobs)
			.set({ runAt: sql`now()` })
			.where(eq(jobs.id, id));

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());
	beforeEach(async () => {
		await database.db.delete(jobs);
	});

	it('runs a due job with its payload and marks it done', async () => {
		const seen: unknown[] = [];
		const job = await enqueueJob({ db: database.db, kind: 'test.record', payload: { to: 'a@b.si' } });
		const handlers: JobHandlers = { 'test.record': (payload) => void seen.push(payload) };

		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 1, retried: 0, failed: 0 });
		expect(seen).toEqual([{ to: 'a@b.si' }]);
		expect(await find(job.id)).toMatchObject({ status: 'done', attempts: 1, lastError: null });
		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 0 });
		expect(seen).toHaveLength(1);
	});

	it('fails a job whose payload does not validate at once, without retrying', async () => {
		const job = await enqueueJob({ db: database.db, kind: 'test.invalid', payload: { to: 'not an address' } });
		const handlers: JobHandlers = { 'test.invalid': (payload) => z.object({ to: z.email() }).parse(payload) };
		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 1 });
		expect(await find(job.id)).toMatchObject({ status: 'failed', attempts: 1 });
	});

	it('does not let a worker taken for dead finish the job another one took over', async () => {
		const job = await enqueueJob({ db: database.db, kind: 'test.slow', payload: {} });
		const repository = createJobsRepository({ db: database.db });
		// 'first' holds no advisory lock: to every other process it is gone
		await repository.claimDue({ workerId: 'first', limit: 1 });
		await repository.recoverOrphans();
		await repository.claimDue({ workerId: 'second', limit: 1 });
		await repository.markFailed(job.id, 'first', 'late result of the first worker');
		expect(await find(job.id)).toMatchObject({ status: 'running', lockedBy: 'second', lastError: interruptedError });
		await repository.markDone(job.id, 'second');
		expect(await find(job.id)).toMatchObject({ status: 'done' });
	});

	it('leaves jobs that are not due yet alone', async () => {
		await enqueueJob({ db: database.db, kind: 'test.later', payload: {}, runAt: new Date(Date.now() + 60_000) });
		const handlers: JobHandlers = { 'test.later': () => expect.fail('ran too early') };
		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 0 });
	});

	it('retries a failing job with growing waits and fails it after maxAttempts, keeping the last error', async () => {
		let calls = 0;
		const handlers: JobHandlers = {
			'test.flaky': () => {
				calls++;
				throw new Error(`mail server down (${calls})`);
			}
		};
		const job = await enqueueJob({ db: database.db, kind: 'test.flaky', payload: {}, maxAttempts: 3 });

		const waits: number[] = [];
		for (const attempt of [1, 2]) {
			const before = Date.now();
			expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 1, failed: 0 });
			const row = (await find(job.id))!;
			expect(row).toMatchObject({ status: 'pending', attempts: attempt, lastError: `mail server down (${attempt})`, lockedBy: null });
			waits.push(row.runAt.getTime() - before);
			// not due before the wait is over
			expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 0 });
			await makeDue(job.id);
		}
		// measured from before the round, so a little longer than the wait itself
		expect(waits[0]).toBeGreaterThanOrEqual(30_000);
		expect(waits[0]).toBeLessThan(32_000);
		expect(waits[1]).toBeGreaterThanOrEqual(60_000);
		expect(waits[1]).toBeLessThan(62_000);

		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 1 });
		const failed = (await find(job.id))!;
		expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastError: 'mail server down (3)' });
		expect(failed.finishedAt).toBeInstanceOf(Date);
		await makeDue(job.id);
		expect(await runDueJobs({ db: database.db, handlers, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 0 });
		expect(calls).toBe(3);
	});

	it('fails a job of a kind nobody handles at once, saying so', async () => {
		const job = await enqueueJob({ db: database.db, kind: 'test.nobody', payload: {} });
		expect(await runDueJobs({ db: database.db, handlers: {}, workerId: 'w' })).toEqual({ done: 0, retried: 0, failed: 1 });
		expect(await find(job.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/no handler.*"test\.nobody"/i) });
	});

	it('does not take inherited object properties for handlers', async () => {
		const job = await enqueueJob({ db: database.db, kind: 'toString', payload: {} });
		await runDueJobs({ db: database.db, handlers: {}, workerId: 'w' });
		expect((await find(job.id))?.status).toBe('failed');
	});

	it('records what a handler threw even when it is not an Error', async () => {
		const job = await enqueueJob({ db: database.db, kind: 'test.odd', payload: {}, maxAttempts: 1 });
		await runDueJobs({ db: database.db, handlers: { 'test.odd': () => Promise.reject('plain string') }, workerId: 'w' });
		expect(await find(job.id)).toMatchObject({ status: 'failed', lastError: 'plain string' });
	});

	it('never runs a job twice when several workers run rounds at the same time', async () => {
		const total = 40;
		for (let i = 0; i < total; i++) await enqueueJob({ db: database.db, kind: 'test.count', payload: { i } });
		const calls = new Map<number, number>();
		const handlers: JobHandlers = {
			'test.count': async (payload) => {
				const { i } = payload as { i: number };
				calls.set(i, (calls.get(i) ?? 0) + 1);
				// let the other worker claim while this one is busy
				await new Promise((resolve) => setTimeout(resolve, 2));
			}
		};
		const drain = async (workerId: string) => {
			let done = 0;
			for (;;) {
				const counts = await runDueJobs({ db: database.db, handlers, workerId, limit: 3 });
				if (counts.done + counts.retried + counts.failed === 0) return done;
				done += counts.done;
			}
		};

		const doneByWorker = await Promise.all([drain('a'), drain('b'), drain('c')]);
		expect(calls.size).toBe(total);
		expect([...calls.values()].every((count) => count === 1)).toBe(true);
		expect(doneByWorker.reduce((sum, done) => sum + done, 0)).toBe(total);
		const rows = await createJobsRepository({ db: database.db }).list({ kind: 'test.count' });
		expect(rows.every((row) => row.status === 'done' && row.attempts === 1)).toBe(true);
	});
});
