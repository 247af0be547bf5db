import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth, sessionCookieOf } from '../../../../tests/support/auth.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { cliActor } from '../policy/actor.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { createTeamRepository } from '../team/team.repository.ts';
import { createApiToken, listOwnTokens, revokeApiToken } from '../tokens/tokens.usecases.ts';
import { createUser } from './auth.usecases.ts';
import { authenticate } from './authenticate.ts';
import type { Auth } from './better-auth.ts';

describe('who sends a request', () => {
	let database: DatabaseHandle;
	let auth: Auth;
	let userId: string;
	let spaceId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		({ auth } = createTestAuth(database));
		const context = { actor: cliActor, source: 'cli' } as const;
		userId = (await createUser({ db: database.db, auth, context, input: { email: 'tina@example.si', name: 'Tina', password: 'tina password 1' } })).id;
		spaceId = (await createSpace({ db: database.db, context, input: { slug: 'space', kind: 'other', name: { sl: 'S' } } })).id;
		await createTeamRepository({ db: database.db, spaceId }).add({ userId, role: 'staff' });
	});
	afterAll(() => database.close());

	const who = (headers: Record<string, string>) => authenticate({ db: database.db, auth, headers: new Headers(headers) });

	it('is nobody without a cookie or token', async () => {
		expect(await who({})).toEqual({ kind: 'anonymous' });
	});

	it('is the person of a session cookie, with their roles', async () => {
		const response = await auth.api.signInEmail({ body: { email: 'tina@example.si', password: 'tina password 1' }, asResponse: true });
		const actor = await who({ cookie: sessionCookieOf(response.headers) });
		expect(actor).toMatchObject({ kind: 'session', userId, email: 'tina@example.si' });
		expect(actor.kind === 'session' && actor.memberships.get(spaceId)).toEqual({ role: 'staff', organisationId: null });
	});

	it('is the owner of a bearer token, limited to its scopes, until the token is revoked', async () => {
		const { token, summary } = await createApiToken({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			userId,
			input: { name: 'Skripta', scopes: ['spaces:write'] }
		});
		expect(token).toMatch(/^stc_/);
		expect(summary).not.toHaveProperty('tokenHash');
		expect(await who({ authorization: `Bearer ${token}` })).toMatchObject({ kind: 'token', userId, scopes: ['spaces:write'] });

		const owner = await who({
			cookie: sessionCookieOf((await auth.api.signInEmail({ body: { email: 'tina@example.si', password: 'tina password 1' }, asResponse: true })).headers)
		});
		const context = { actor: owner, source: 'form' } as const;
		const [listed] = await listOwnTokens({ db: database.db, context });
		expect(listed).toMatchObject({ id: summary.id, name: 'Skripta', tokenPrefix: token.slice(0, 8) });
		expect(listed!.lastUsedAt).toBeInstanceOf(Date);

		await revokeApiToken({ db: database.db, context, tokenId: summary.id });
		await expect(who({ authorization: `Bearer ${token}` })).rejects.toMatchObject({ code: 'invalid_token' });
	});

	it('refuses an unknown token rather than treating the request as anonymous', async () => {
		await expect(who({ authorization: 'Bearer stc_made-up' })).rejects.toMatchObject({ code: 'invalid_token' });
	});

	it('does not let a token make more tokens', async () => {
		const { token } = await createApiToken({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			userId,
			input: { name: 'Vse', scopes: ['write'] }
		});
		const actor = await who({ authorization: `Bearer ${token}` });
		await expect(createApiToken({ db: database.db, context: { actor, source: 'api' }, input: { name: 'x', scopes: ['read'] } })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
