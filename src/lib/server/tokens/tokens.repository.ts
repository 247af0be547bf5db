import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { apiTokens, type ApiTokenRow } from './tokens.table.ts';

export function createTokensRepository({ db }: { db: Database }) {
	return {
		async insert(token: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
			const [row] = await db.insert(apiTokens).values(token).returning();
			return row!;
		},

		async findActiveByHash(tokenHash: string): Promise<ApiTokenRow | undefined> {
			const [row] = await db
				.select()
				.from(apiTokens)
				.where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
			return row;
		},

		async listOfUser(userId: string): Promise<ApiTokenRow[]> {
			return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
		},

		async markUsed(id: string): Promise<void> {
			await db
				.update(apiTokens)
				.set({ lastUsedAt: new Date() })
				.where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
		},

		async revoke(id: string, userId: string): Promise<ApiTokenRow | undefined> {
			const [row] = await db
				.update(apiTokens)
				.set({ revokedAt: new Date() })
				.where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
				.returning();
			return row;
		}
	};
}
