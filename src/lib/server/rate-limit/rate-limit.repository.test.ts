import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createRateLimitRepository, type RateLimitRepository } from './rate-limit.repository.ts';

describe('rate limit counters', () => {
	let database: DatabaseHandle;
	let limits: RateLimitRepository;
	beforeAll(async () => {
		database = await createTestDatabase();
		limits = createRateLimitRepository({ db: database.db });
	});
	afterAll(() => database.close());

	const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

	it('counts events within a window and starts again after it', async () => {
		expect((await limits.hit({ key: 'a', windowSeconds: 60, now: at(0) })).count).toBe(1);
		expect((await limits.hit({ key: 'a', windowSeconds: 60, now: at(10) })).count).toBe(2);
		expect((await limits.count({ key: 'a', windowSeconds: 60, now: at(59) })).count).toBe(2);
		expect((await limits.count({ key: 'a', windowSeconds: 60, now: at(60) })).count).toBe(0);
		const next = await limits.hit({ key: 'a', windowSeconds: 60, now: at(61) });
		expect(next).toEqual({ count: 1, windowStartedAt: at(61) });
	});

	it('keeps keys apart and forgets a key on reset', async () => {
		await limits.hit({ key: 'b', windowSeconds: 60, now: at(0) });
		await limits.hit({ key: 'c', windowSeconds: 60, now: at(0) });
		await limits.reset('b');
		expect((await limits.count({ key: 'b', windowSeconds: 60, now: at(1) })).count).toBe(0);
		expect((await limits.count({ key: 'c', windowSeconds: 60, now: at(1) })).count).toBe(1);
	});

	it('counts concurrent events exactly', async () => {
		await Promise.all(Array.from({ length: 10 }, () => limits.hit({ key: 'd', windowSeconds: 60, now: at(0) })));
		expect((await limits.count({ key: 'd', windowSeconds: 60, now: at(1) })).count).toBe(10);
	});
});
