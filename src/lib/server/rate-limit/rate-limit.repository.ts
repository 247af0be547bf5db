import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { rateLimits } from './rate-limit.table.ts';

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;

export function createRateLimitRepository({ db }: { db: Database }) {
	return {
		/** Counts one event for `key` in a fixed window; a window that has passed starts again at 1. */
		async hit({ key, windowSeconds, now = new Date() }: { key: string; windowSeconds: number; now?: Date }) {
			const windowStart = new Date(now.getTime() - windowSeconds * 1000);
			const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz`;
			const [row] = await db
				.insert(rateLimits)
				.values({ key, windowStartedAt: now, count: 1 })
				.onConflictDoUpdate({
					target: rateLimits.key,
					set: {
						count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
						windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`
					}
				})
				.returning();
			return { count: row!.count, windowStartedAt: row!.windowStartedAt };
		},

		/** Events counted for `key` in the current window (0 when the window has passed). */
		async count({ key, windowSeconds, now = new Date() }: { key: string; windowSeconds: number; now?: Date }) {
			const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
			if (!row || row.windowStartedAt.getTime() <= now.getTime() - windowSeconds * 1000) return { count: 0, windowStartedAt: now };
			return { count: row.count, windowStartedAt: row.windowStartedAt };
		},

		/** Takes back one event counted by `hit` (an attempt that was refused before it was tried). */
		async release(key: string): Promise<void> {
			await db
				.update(rateLimits)
				.set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
				.where(eq(rateLimits.key, key));
		},

		async reset(key: string): Promise<void> {
			await db.delete(rateLimits).where(eq(rateLimits.key, key));
		}
	};
}
