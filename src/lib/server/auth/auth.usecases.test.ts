import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth, sessionCookieOf } from '../../../../tests/support/auth.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { completeSetup, createUser, isSetupLinkValid, issueSetupLinkIfNoUsers, requestPasswordReset, resetPassword } from './auth.usecases.ts';
import { signIn } from './sign-in.usecases.ts';
import type { Auth } from './better-auth.ts';

const asCli = { actor: cliActor, source: 'cli' } as const;
const noHeaders = () => new Headers();

describe('accounts', () => {
	let database: DatabaseHandle;
	let auth: Auth;
	let resetRequests: ReturnType<typeof createTestAuth>['resetRequests'];

	beforeAll(async () => {
		database = await createTestDatabase();
		({ auth, resetRequests } = createTestAuth(database));
	});
	afterAll(() => database.close());

	describe('first administrator', () => {
		it('gets a one-time setup link while nobody has an account; a new link voids the old', async () => {
			const first = await issueSetupLinkIfNoUsers({ db: database.db });
			const second = await issueSetupLinkIfNoUsers({ db: database.db });
			expect(first).toMatch(/^[\w-]{40,}$/);
			expect(await isSetupLinkValid({ db: database.db, token: first! })).toBe(false);
			expect(await isSetupLinkValid({ db: database.db, token: second! })).toBe(true);

			const admin = await completeSetup({
				db: database.db,
				auth,
				token: second!,
				input: { email: 'Admin@Example.si', name: 'Ada Admin', password: 'a long enough password' }
			});
			expect(admin).toMatchObject({ email: 'admin@example.si', isPlatformAdmin: true });
			// whoever sets up is named by the account they made, not by the platform that let them
			const { items } = await createAuditRepository({ db: database.db }).list({ entityType: 'user' }, { limit: 10, offset: 0 });
			expect(items.find((entry) => entry.action === 'user.create')).toMatchObject({
				actorLabel: 'admin@example.si',
				actorUserId: admin.id,
				actorKind: 'person'
			});
			await expect(
				completeSetup({ db: database.db, auth, token: second!, input: { email: 'x@example.si', name: 'X', password: 'another long password' } })
			).rejects.toMatchObject({ code: 'setup_already_done' });
			expect(await issueSetupLinkIfNoUsers({ db: database.db })).toBeUndefined();
		});

		it('keeps the link when the form has a mistake, so the person can correct it', async () => {
			const fresh = await createTestDatabase();
			try {
				const { auth: freshAuth } = createTestAuth(fresh);
				const token = (await issueSetupLinkIfNoUsers({ db: fresh.db }))!;
				const input = { email: 'ada@example.si', name: 'Ada Admin', password: 'nine char' };
				await expect(completeSetup({ db: fresh.db, auth: freshAuth, token, input })).rejects.toMatchObject({
					issues: [expect.objectContaining({ path: ['password'], code: 'too_small' })]
				});
				expect(await isSetupLinkValid({ db: fresh.db, token })).toBe(true);
				const admin = await completeSetup({ db: fresh.db, auth: freshAuth, token, input: { ...input, password: 'ten chars!' } });
				expect(admin).toMatchObject({ email: 'ada@example.si', isPlatformAdmin: true });
				expect(await isSetupLinkValid({ db: fresh.db, token })).toBe(false);
			} finally {
				await fresh.close();
			}
		});
	});

	describe('creating people', () => {
		it('creates a person who can sign in, and records it', async () => {
			const user = await createUser({
				db: database.db,
				auth,
				context: asCli,
				input: { email: 'bor@example.si', name: 'Bor', password: 'correct horse battery' }
			});
			expect(user.isPlatformAdmin).toBe(false);
			const signedIn = await signIn({
				db: database.db,
				auth,
				input: { email: 'BOR@example.si', password: 'correct horse battery' },
				address: '10.0.0.1',
				headers: noHeaders()
			});
			expect(signedIn.email).toBe('bor@example.si');
			const { items } = await createAuditRepository({ db: database.db }).list({ entityType: 'user' }, { limit: 10, offset: 0 });
			expect(items.map((entry) => entry.action)).toContain('user.create');
			expect(items.find((entry) => entry.action === 'user.sign_in')).toMatchObject({ actorLabel: 'bor@example.si', entityId: user.id });
			expect(JSON.stringify(items)).not.toContain('correct horse battery');
		});

		it('refuses a second account with the same address and a short password', async () => {
			await expect(
				createUser({ db: database.db, auth, context: asCli, input: { email: 'bor@example.si', name: 'B', password: 'long enough pass' } })
			).rejects.toMatchObject({ code: 'email_taken' });
			await expect(createUser({ db: database.db, auth, context: asCli, input: { email: 'c@example.si', name: 'C', password: 'short' } })).rejects.toThrow();
		});

		it('lets nobody but an administrator create accounts', async () => {
			await expect(
				createUser({
					db: database.db,
					auth,
					context: { actor: anonymous, source: 'api' },
					input: { email: 'd@example.si', name: 'D', password: 'long enough password' }
				})
			).rejects.toMatchObject({ code: 'unauthenticated' });
		});
	});

	describe('signing in', () => {
		const attempt = (password: string, address = '10.0.0.2', email = 'bor@example.si') =>
			signIn({ db: database.db, auth, input: { email, password }, address, headers: noHeaders() });

		it('says only that the address or password is wrong', async () => {
			await expect(attempt('wrong password')).rejects.toMatchObject({ code: 'invalid_credentials' });
			await expect(attempt('wrong password', '10.0.0.2', 'nobody@example.si')).rejects.toMatchObject({
				code: 'invalid_credentials'
			});
		});

		it('stops an account after five failures, even with the right password, in browsers it does not know', async () => {
			for (let failures = 1; failures < 5; failures++) {
				await expect(attempt('wrong password', `10.1.0.${failures}`)).rejects.toMatchObject({ code: 'invalid_credentials' });
			}
			await expect(attempt('correct horse battery', '10.1.0.9')).rejects.toMatchObject({
				code: 'sign_in_account_locked',
				details: { retryAfterMinutes: expect.any(Number) }
			});
		});

		it('stops an address after twenty failures, whichever accounts it tries', async () => {
			for (let index = 0; index < 20; index++) {
				await expect(attempt('wrong password', '10.2.0.1', `person${index}@example.si`)).rejects.toMatchObject({
					code: 'invalid_credentials'
				});
			}
			await expect(attempt('whatever', '10.2.0.1', 'admin@example.si')).rejects.toMatchObject({ code: 'sign_in_rate_limited' });
			// the same account from another address is not affected by that address
			const ok = await signIn({
				db: database.db,
				auth,
				input: { email: 'admin@example.si', password: 'a long enough password' },
				address: '10.2.0.2',
				headers: noHeaders()
			});
			expect(ok.email).toBe('admin@example.si');
		});
	});

	describe('resetting a password', () => {
		it('sends a link only for existing accounts, answering the same either way, and the link works once', async () => {
			await createUser({ db: database.db, auth, context: asCli, input: { email: 'eva@example.si', name: 'Eva', password: 'old password 123' } });
			await requestPasswordReset({ auth, email: 'nobody@example.si' });
			expect(resetRequests).toHaveLength(0);
			await requestPasswordReset({ auth, email: 'eva@example.si' });
			expect(resetRequests).toHaveLength(1);
			const { token, user } = resetRequests[0]!;
			expect(user.email).toBe('eva@example.si');

			await resetPassword({ db: database.db, auth, input: { token, newPassword: 'new password 456' } });
			await expect(resetPassword({ db: database.db, auth, input: { token, newPassword: 'third password 789' } })).rejects.toMatchObject({
				code: 'reset_link_invalid'
			});
			const response = await auth.api.signInEmail({ body: { email: 'eva@example.si', password: 'new password 456' }, asResponse: true });
			expect(response.status).toBe(200);
			expect(sessionCookieOf(response.headers)).toContain('sticisce.session_token=');
		});
	});
});
