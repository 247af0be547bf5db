import type { Database } from '../db/client.ts';
import { createRateLimitRepository } from './rate-limit.repository.ts';

/** At most `max` attempts per fixed window of `windowSeconds` for `key`. */
export type Limit = { key: string; max: number; windowSeconds: number };

export type AttemptOutcome = { allowed: true; counts: number[] } | { allowed: false; exceeded: Limit; retryAfterSeconds: number; retryAfterMinutes: number };

/**
 * Counts one attempt on every limit first and only then decides (increment, then check): of
 * parallel attempts each sees its own count, so no more than `max` of them pass, where reading
 * the counts first and counting failures afterwards let dozens through. A refused attempt is taken
 * back, so the counts stay "attempts tried" and the window is not stretched by refusals.
 */
export async function countAttempt({ db, limits, now = new Date() }: { db: Database; limits: Limit[]; now?: Date }): Promise<AttemptOutcome> {
	const counters = createRateLimitRepository({ db });
	const hits = [];
	for (const limit of limits) hits.push(await counters.hit({ key: limit.key, windowSeconds: limit.windowSeconds, now }));
	const index = hits.findIndex((hit, i) => hit.count > limits[i]!.max);
	if (index === -1) return { allowed: true, counts: hits.map((hit) => hit.count) };
	for (const limit of limits) await counters.release(limit.key);
	const exceeded = limits[index]!;
	const endsInMs = hits[index]!.windowStartedAt.getTime() + exceeded.windowSeconds * 1000 - now.getTime();
	return {
		allowed: false,
		exceeded,
		retryAfterSeconds: Math.max(1, Math.ceil(endsInMs / 1000)),
		retryAfterMinutes: Math.max(1, Math.ceil(endsInMs / 60_000))
	};
}
