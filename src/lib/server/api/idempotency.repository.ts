import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { idempotencyKeys } from './idempotency.table.ts';

/** How long an answer is kept for a repeated request. */
export const idempotencyKeyLifetimeHours = 24;

export type StoredAnswer = { status: number; headers: Record<string, string>; body: string };

/** A key claimed for this request, or what another request with it left: its hash and, once answered, its answer. */
type Claim = { claimed: true } | { claimed: false; requestHash: string; answer: StoredAnswer | undefined };

export function createIdempotencyRepository({ db }: { db: Database }) {
	const expired = sql`now() - make_interval(hours => ${idempotencyKeyLifetimeHours})`;
	return {
		/**
		 * Claims the key for a request, or answers what the key already holds: the request's hash and,
		 * once answered, its answer. Expired keys are dropped first, so a key may be used again after a day.
		 */
		async claim(caller: string, key: string, requestHash: string): Promise<Claim> {
			await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, expired));
			const [claimed] = await db.insert(idempotencyKeys).values({ caller, key, requestHash }).onConflictDoNothing().returning();
			if (claimed) return { claimed: true };
			const [held] = await db
				.select()
				.from(idempotencyKeys)
				.where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key)));
			if (!held) return this.claim(caller, key, requestHash);
			const answer = held.status === null ? undefined : { status: held.status, headers: held.headers ?? {}, body: held.body ?? '' };
			return { claimed: false, requestHash: held.requestHash, answer };
		},

		async store(caller: string, key: string, answer: StoredAnswer) {
			await db
				.update(idempotencyKeys)
				.set(answer)
				.where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key)));
		},

		/** Frees a key whose request failed on the server's side, so that it may be tried again. */
		async release(caller: string, key: string) {
			await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key)));
		}
	};
}
