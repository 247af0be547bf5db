import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createRateLimitRepository } from './rate-limit.repository.ts';
import { countAttempt } from './rate-limit.usecases.ts';

describe('counting attempts against limits', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

	it('lets exactly the limit through when many attempts arrive at once, and takes the refused ones back', async () => {
		const limits = [{ key: 'parallel', max: 5, windowSeconds: 60 }];
		const outcomes = await Promise.all(Array.from({ length: 40 }, () => countAttempt({ db: database.db, limits, now: at(0) })));
		expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(5);
		expect((await createRateLimitRepository({ db: database.db }).count({ key: 'parallel', windowSeconds: 60, now: at(1) })).count).toBe(5);
	});

	it('names the limit that was reached and how long it still holds, and counts none of a refused attempt', async () => {
		const wide = { key: 'wide', max: 10, windowSeconds: 900 };
		const narrow = { key: 'narrow', max: 1, windowSeconds: 900 };
		expect(await countAttempt({ db: database.db, limits: [wide, narrow], now: at(0) })).toEqual({ allowed: true, counts: [1, 1] });
		expect(await countAttempt({ db: database.db, limits: [wide, narrow], now: at(30) })).toEqual({
			allowed: false,
			exceeded: narrow,
			retryAfterSeconds: 870,
			retryAfterMinutes: 15
		});
		expect(await countAttempt({ db: database.db, limits: [wide], now: at(40) })).toEqual({ allowed: true, counts: [2] });
	});
});
