import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './jobs.retry.ts';

describe('retryDelayMs', () => {
	it('waits 30 s after the first failure and doubles after each further one', () => {
		expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
	});

	it('never waits longer than an hour', () => {
		expect(retryDelayMs(7)).toBe(1_920_000);
		expect(retryDelayMs(8)).toBe(3_600_000);
		expect(retryDelayMs(100)).toBe(3_600_000);
		expect(retryDelayMs(5000)).toBe(3_600_000);
	});

	it('treats a job that has not failed yet like the first failure', () => {
		expect(retryDelayMs(0)).toBe(30_000);
	});
});
