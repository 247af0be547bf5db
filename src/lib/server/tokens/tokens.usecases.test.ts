import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth } from '../../../../tests/support/auth.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createUser } from '../auth/auth.usecases.ts';
import { authenticate } from '../auth/authenticate.ts';
import type { Auth } from '../auth/better-auth.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { cliActor } from '../policy/actor.ts';
import { defaultTokenExpiry, todayIso } from './tokens.schemas.ts';
import { apiTokens } from './tokens.table.ts';
import { createApiToken } from './tokens.usecases.ts';

describe('API tokens that expire and show their last use', () => {
	let database: DatabaseHandle;
	let auth: Auth;
	let userId: string;
	const context = { actor: cliActor, source: 'cli' } as const;
	const create = (expiresOn: string | null | undefined) =>
		createApiToken({ db: database.db, context, userId, input: { name: 'Skripta', scopes: ['read'], expiresOn } });
	const bearer = (token: string) => authenticate({ db: database.db, auth, headers: new Headers({ authorization: `Bearer ${token}` }) });
	const lastUsedOf = async (id: string) => (await database.db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, id)))[0]!.at;

	beforeAll(async () => {
		database = await createTestDatabase();
		({ auth } = createTestAuth(database));
		userId = (await createUser({ db: database.db, auth, context, input: { email: 'tina@example.si', name: 'Tina', password: 'tina password 1' } })).id;
	});
	afterAll(() => database.close());

	it('works through its last day and is refused as expired the day after', async () => {
		const today = await create(todayIso());
		expect(today.summary.expiresOn).toBe(todayIso());
		expect(await bearer(today.token)).toMatchObject({ kind: 'token', userId });

		const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
		await database.db.execute(sql`update api_tokens set expires_on = ${yesterday} where id = ${today.summary.id}`);
		await expect(bearer(today.token)).rejects.toMatchObject({ code: 'token_expired', kind: 'unauthenticated', details: { expiresOn: yesterday } });
	});

	it('refuses an end date in the past and takes empty as no end date', async () => {
		await expect(create('2020-01-01')).rejects.toMatchObject({ issues: [{ path: ['expiresOn'], message: 'expires_in_past' }] });
		await expect(create('31. 12. 2027')).rejects.toMatchObject({ issues: [{ path: ['expiresOn'] }] });
		expect((await create('')).summary.expiresOn).toBeNull();
		expect((await create(undefined)).summary.expiresOn).toBeNull();
		expect(defaultTokenExpiry(new Date('2026-11-27T10:00:00Z'))).toBe('2027-02-25');
	});

	it('records its last use, at most once a minute', async () => {
		const { token, summary } = await create(null);
		expect(summary.lastUsedAt).toBeNull();
		await bearer(token);
		const first = await lastUsedOf(summary.id);
		expect(first).toBeInstanceOf(Date);
		await bearer(token);
		expect(await lastUsedOf(summary.id)).toEqual(first);
		await database.db.execute(sql`update api_tokens set last_used_at = now() - interval '2 minutes' where id = ${summary.id}`);
		await bearer(token);
		expect((await lastUsedOf(summary.id))!.getTime()).toBeGreaterThan(first!.getTime());
	});
});
