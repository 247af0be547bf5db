import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createJobsRepository } from './jobs.repository.ts';
import { startJobRunner, type JobRunner } from './jobs.runner.ts';
import { jobs } from './jobs.table.ts';
import { enqueueJob, type JobHandlers } from './jobs.usecases.ts';

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 5000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('job runner', () => {
	let database: DatabaseHandle;
	let runner: JobRunner | undefined;

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());
	beforeEach(async () => {
		await runner?.stop();
		await database.db.delete(jobs);
	});

	it('runs a job soon after wake() instead of waiting for the next poll', async () => {
		const ran: unknown[] = [];
		runner = startJobRunner({ db: database.db, url: database.url, handlers: { 'test.wake': (payload) => void ran.push(payload) }, pollMs: 60_000 });
		// let the first round (at start) find nothing
		await new Promise((resolve) => setTimeout(resolve, 100));
		await enqueueJob({ db: database.db, kind: 'test.wake', payload: 'hello' });
		runner.wake();
		await eventually(() => ran.length === 1, 3000);
		expect(ran).toEqual(['hello']);
		await runner.stop();
	});

	it('picks up jobs by polling and drains a backlog larger than one batch', async () => {
		let count = 0;
		for (let i = 0; i < 7; i++) await enqueueJob({ db: database.db, kind: 'test.poll', payload: i });
		runner = startJobRunner({ db: database.db, url: database.url, handlers: { 'test.poll': () => void count++ }, pollMs: 50, limit: 3 });
		await eventually(() => count === 7);
		await runner.stop();
	});

	it('never runs two rounds at once, and stop() waits for the round under way', async () => {
		let active = 0;
		let maxActive = 0;
		let finished = 0;
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const handlers: JobHandlers = {
			'test.slow': async () => {
				active++;
				maxActive = Math.max(maxActive, active);
				await gate;
				active--;
				finished++;
			}
		};
		await enqueueJob({ db: database.db, kind: 'test.slow', payload: 1 });
		runner = startJobRunner({ db: database.db, url: database.url, handlers, pollMs: 5, limit: 1 });
		await eventually(() => active === 1);
		await enqueueJob({ db: database.db, kind: 'test.slow', payload: 2 });
		for (let i = 0; i < 5; i++) runner.wake();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(maxActive).toBe(1);

		const stopped = runner.stop();
		let stopResolved = false;
		void stopped.then(() => (stopResolved = true));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(stopResolved).toBe(false);
		release();
		await stopped;
		expect(finished).toBe(1);
		// no round after stop(): the second job waits for the next runner
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(finished).toBe(1);
		const pending = await createJobsRepository({ db: database.db }).list({ status: 'pending' });
		expect(pending.map((job) => job.payload)).toEqual([2]);
	});

	it('logs the error of a failed round and keeps polling', async () => {
		const log = vi.fn();
		let calls = 0;
		const brokenDb = new Proxy(database.db, {
			get(target, property, receiver) {
				// the first two rounds find the database unreachable
				if (property === 'transaction' && calls++ < 2) throw new Error('connection refused');
				return Reflect.get(target, property, receiver);
			}
		});
		const ran: unknown[] = [];
		await enqueueJob({ db: database.db, kind: 'test.after-error', payload: 'ok' });
		runner = startJobRunner({ db: brokenDb, url: database.url, handlers: { 'test.after-error': (payload) => void ran.push(payload) }, pollMs: 20, log });
		await eventually(() => ran.length === 1);
		await runner.stop();
		expect(log).toHaveBeenCalledWith(expect.stringContaining('round failed'), expect.objectContaining({ message: 'connection refused' }));
	});

	it('at its start, runs again the jobs left running by a process that died', async () => {
		const repository = createJobsRepository({ db: database.db });
		const job = await enqueueJob({ db: database.db, kind: 'test.orphan', payload: {} });
		await repository.claimDue({ workerId: 'crashed', limit: 1 });
		const ran: unknown[] = [];
		runner = startJobRunner({ db: database.db, url: database.url, handlers: { 'test.orphan': (payload) => void ran.push(payload) }, pollMs: 20 });
		await eventually(() => ran.length === 1);
		await runner.stop();
		expect(await repository.findById(job.id)).toMatchObject({ status: 'done', attempts: 2 });
	});
});
