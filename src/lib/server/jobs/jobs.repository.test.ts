import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { drizzle } from 'drizzle-orm/postgres-js';
import { connect } from '../db/connection.ts';
import { createJobsRepository, interruptedError, workerLockKey, type JobsRepository } from './jobs.repository.ts';
import { jobs } from './jobs.table.ts';

describe('jobs repository', () => {
	let database: DatabaseHandle;
	let repository: JobsRepository;

	beforeAll(async () => {
		database = await createTestDatabase();
		repository = createJobsRepository({ db: database.db });
	});
	afterAll(() => database.close());
	beforeEach(async () => {
		await database.db.delete(jobs);
	});

	it('enqueues a pending job with the table defaults', async () => {
		const job = await repository.enqueue({ kind: 'test.echo', payload: { n: 1, text: 'čšž' } });
		expect(job).toMatchObject({ kind: 'test.echo', payload: { n: 1, text: 'čšž' }, status: 'pending', attempts: 0, maxAttempts: 5 });
		expect(job.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
		expect(await repository.findById(job.id)).toEqual(job);
	});

	it('claims due jobs oldest first, counts the attempt and locks them for the worker', async () => {
		const later = await repository.enqueue({ kind: 'k', payload: 2, runAt: new Date(Date.now() - 1000) });
		const earlier = await repository.enqueue({ kind: 'k', payload: 1, runAt: new Date(Date.now() - 5000) });
		const future = await repository.enqueue({ kind: 'k', payload: 3, runAt: new Date(Date.now() + 60_000) });

		const claimed = await repository.claimDue({ workerId: 'w1', limit: 10 });
		expect(claimed.map((job) => job.id)).toEqual([earlier.id, later.id]);
		for (const job of claimed) {
			expect(job).toMatchObject({ status: 'running', attempts: 1, lockedBy: 'w1' });
			expect(job.lockedAt).toBeInstanceOf(Date);
		}
		expect(await repository.claimDue({ workerId: 'w2', limit: 10 })).toEqual([]);
		expect((await repository.findById(future.id))?.status).toBe('pending');
	});

	it('claims no more than the limit', async () => {
		for (let i = 0; i < 5; i++) await repository.enqueue({ kind: 'k', payload: i });
		expect(await repository.claimDue({ workerId: 'w', limit: 2 })).toHaveLength(2);
		expect(await repository.claimDue({ workerId: 'w', limit: 10 })).toHaveLength(3);
	});

	it('marks a job done, rescheduled or failed and clears its lock', async () => {
		const [a, b, c] = await Promise.all([1, 2, 3].map((n) => repository.enqueue({ kind: 'k', payload: n })));
		await repository.claimDue({ workerId: 'w', limit: 10 });
		const retryAt = new Date(Date.now() + 30_000);
		await repository.markDone(a!.id, 'w');
		await repository.reschedule(b!.id, 'w', { error: 'try later', runAt: retryAt });
		await repository.markFailed(c!.id, 'w', 'broken');

		expect(await repository.findById(a!.id)).toMatchObject({ status: 'done', lockedAt: null, lockedBy: null, lastError: null });
		expect((await repository.findById(a!.id))?.finishedAt).toBeInstanceOf(Date);
		expect(await repository.findById(b!.id)).toMatchObject({ status: 'pending', runAt: retryAt, lastError: 'try later', lockedBy: null, finishedAt: null });
		expect(await repository.findById(c!.id)).toMatchObject({ status: 'failed', lastError: 'broken', lockedBy: null });
		expect((await repository.list({ status: 'pending' })).map((job) => job.id)).toEqual([b!.id]);
	});

	it('takes back the jobs of a runner whose lock is free, and leaves those of a live runner alone however long they run', async () => {
		// a live runner: its advisory lock held by a session of its own
		const alive = connect(database.url, { max: 1 });
		try {
			await drizzle(alive).execute(sql`select pg_advisory_lock(${workerLockKey('alive')})`);
			const resumable = await repository.enqueue({ kind: 'k', payload: 'resumable' });
			const once = await repository.enqueue({ kind: 'k', payload: 'once', maxAttempts: 1 });
			await repository.claimDue({ workerId: 'dead', limit: 10 });
			const living = await repository.enqueue({ kind: 'k', payload: 'living' });
			await repository.claimDue({ workerId: 'alive', limit: 10 });
			await database.db.update(jobs).set({ lockedAt: sql`now() - interval '1 day'` });

			const recovered = await repository.recoverOrphans();
			expect(recovered.map((job) => [job.payload, job.status]).sort()).toEqual([
				['once', 'failed'],
				['resumable', 'pending']
			]);
			expect(await repository.findById(resumable.id)).toMatchObject({
				status: 'pending',
				attempts: 1,
				lockedBy: null,
				lastError: interruptedError,
				finishedAt: null
			});
			expect(await repository.findById(once.id)).toMatchObject({ status: 'failed', attempts: 1, lockedBy: null, lastError: interruptedError });
			expect(await repository.findById(living.id)).toMatchObject({ status: 'running', lockedBy: 'alive' });
			expect(await repository.recoverOrphans()).toEqual([]);

			const [again] = await repository.claimDue({ workerId: 'next', limit: 10 });
			expect(again).toMatchObject({ id: resumable.id, attempts: 2, lockedBy: 'next' });
		} finally {
			await alive.end();
		}
		// the runner's session ended: its job is taken back too (and 'next', which held no lock, is as good as dead)
		expect((await repository.recoverOrphans()).map((job) => job.payload).sort()).toEqual(['living', 'resumable']);
	});

	it('runs jobs that share a concurrency key one at a time, and no more of a kind than it allows', async () => {
		const first = await repository.enqueue({ kind: 'import', payload: 'ana 1', concurrencyKey: 'ana' });
		const second = await repository.enqueue({ kind: 'import', payload: 'ana 2', concurrencyKey: 'ana' });
		await repository.enqueue({ kind: 'import', payload: 'bor', concurrencyKey: 'bor' });
		await repository.enqueue({ kind: 'import', payload: 'cene', concurrencyKey: 'cene' });
		await repository.enqueue({ kind: 'mail', payload: 'mail' });
		const maxRunning = { import: 2 };

		const claimed = await repository.claimDue({ workerId: 'w', limit: 10, maxRunning });
		expect(claimed.map((job) => job.payload)).toEqual(['ana 1', 'bor', 'mail']);
		expect(await repository.claimDue({ workerId: 'w', limit: 10, maxRunning })).toEqual([]);
		await repository.markDone(first.id, 'w');
		// Ana's second waited for her first; Cene still waits for a free place
		expect((await repository.claimDue({ workerId: 'w', limit: 10, maxRunning })).map((job) => job.id)).toEqual([second.id]);
		expect(await repository.claimDue({ workerId: 'w', limit: 10, maxRunning })).toEqual([]);
	});
});
