import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { signIn } from '../auth/sign-in.usecases.ts';
import type { UserRow } from '../auth/auth.table.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { jobs } from '../jobs/jobs.table.ts';
import { anonymous, type Actor } from '../policy/actor.ts';
import { hashSecret } from '../shared/secrets.ts';
import { invitations } from './team.table.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { createTeamFixture, publicUrl } from './team.test-fixtures.ts';
import { listTeam } from './team.usecases.ts';
import { acceptInvitation, getInvitation, inviteToSpace } from './team.invitations.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

describe('invitations', () => {
	let database: DatabaseHandle;
	let fixture: Awaited<ReturnType<typeof createTeamFixture>>;
	let ana: UserRow;
	let bor: UserRow;
	/** Every token handed out in this file, to make sure none reaches the audit log. */
	const tokens: string[] = [];

	const invite = async (email: string, role: 'admin' | 'staff' | 'member_editor' | 'viewer' = 'staff', locale: 'sl' | 'en' = 'sl') => {
		const sent = await fixture.invite(await fixture.contextOf(ana), { email, role, locale });
		tokens.push(sent.token);
		return sent;
	};
	const accept = (token: string, actor: Actor = anonymous, input?: { name: string; password: string }) =>
		acceptInvitation({ db: database.db, auth: fixture.auth, context: { actor, source: 'form' }, token, input });
	const pending = async () =>
		(await listTeam({ db: database.db, actor: await fixture.sessionOf(ana), space: await findSpaceRef(database.db, 'grozd') })).invitations;
	const roleOf = async (email: string) =>
		(await listTeam({ db: database.db, actor: await fixture.sessionOf(ana), space: await findSpaceRef(database.db, 'grozd') })).members.find(
			(member) => member.email === email
		)?.role;

	beforeAll(async () => {
		database = await createTestDatabase();
		fixture = await createTeamFixture(database);
		ana = await fixture.person('ana@grozd.si', 'Ana Admin', 'admin');
		bor = await fixture.person('bor@grozd.si', 'Bor Sodelavec', 'staff');
	});
	afterAll(() => database.close());

	describe('sending', () => {
		it('stores only the hash of a random token, valid for 7 days, and queues a mail with the link', async () => {
			const before = Date.now();
			const { invitation, mail, link, token } = await invite('Eva@Example.si ', 'viewer');
			expect(invitation).toMatchObject({ email: 'eva@example.si', role: 'viewer', locale: 'sl', invitedBy: ana.id, acceptedAt: null });
			expect(invitation).not.toHaveProperty('tokenHash');
			expect(invitation.expiresAt.getTime() - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
			expect(invitation.expiresAt.getTime() - before).toBeLessThanOrEqual(7 * 86_400_000 + 5000);
			expect(token).toMatch(/^[\w-]{40,}$/);
			expect(link).toBe(`${publicUrl}/app/invitations/${token}`);
			expect(mail.to).toBe('eva@example.si');
			const [row] = await database.db.select().from(invitations).where(eq(invitations.id, invitation.id));
			expect(row!.tokenHash).toBe(hashSecret(token));
			expect(JSON.stringify(row)).not.toContain(token);
			expect(await pending()).toEqual([expect.objectContaining({ id: invitation.id, email: 'eva@example.si' })]);
		});

		it('replaces the open invitation when the same address is invited again: only the newest link works', async () => {
			const first = await invite('fran@example.si', 'staff');
			const second = await invite('fran@example.si', 'admin');
			await expect(getInvitation({ db: database.db, token: first.token })).rejects.toMatchObject({ code: 'invitation_not_found' });
			expect(await getInvitation({ db: database.db, token: second.token })).toMatchObject({ email: 'fran@example.si', role: 'admin' });
			expect((await pending()).filter((invitation) => invitation.email === 'fran@example.si')).toHaveLength(1);
			// entries of one transaction share its time: their order among themselves is not defined
			const entries = (await fixture.auditOf('invitation')).filter((entry) => [first.invitation.id, second.invitation.id].includes(entry.entityId));
			expect(entries).toHaveLength(3);
			expect(entries).toEqual(
				expect.arrayContaining([
					expect.objectContaining({ action: 'invitation.create', entityId: first.invitation.id }),
					expect.objectContaining({ action: 'invitation.replace', entityId: first.invitation.id, before: expect.objectContaining({ role: 'staff' }) }),
					expect.objectContaining({ action: 'invitation.create', entityId: second.invitation.id, after: expect.objectContaining({ role: 'admin' }) })
				])
			);
		});

		it('keeps one open invitation when the same address is invited several times at once', async () => {
			const context = await fixture.contextOf(ana);
			const space = await findSpaceRef(database.db, 'grozd');
			const sent = await Promise.all(
				Array.from({ length: 3 }, () => inviteToSpace({ db: database.db, context, publicUrl, space, input: { email: 'gaja@example.si', role: 'staff' } }))
			);
			expect(sent).toHaveLength(3);
			const open = await database.db
				.select()
				.from(invitations)
				.where(and(eq(invitations.email, 'gaja@example.si'), isNull(invitations.acceptedAt)));
			expect(open).toHaveLength(1);
			expect(sent.map((invitation) => invitation.id)).toContain(open[0]!.id);
		});

		it('is for admins of the space only', async () => {
			const input = { email: 'gal@example.si', role: 'staff' as const, locale: 'sl' as const };
			await expect(fixture.invite(await fixture.contextOf(bor), input)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(fixture.invite({ actor: anonymous, source: 'form' }, input)).rejects.toMatchObject({ code: 'unauthenticated' });
			expect(await database.db.select().from(jobs)).toEqual([]);
			expect((await pending()).map((invitation) => invitation.email)).not.toContain('gal@example.si');
		});

		it('refuses an address that is not one, a role that does not exist and someone already in the team', async () => {
			const context = await fixture.contextOf(ana);
			await expect(fixture.invite(context, { email: 'gal', role: 'staff' })).rejects.toBeInstanceOf(ZodError);
			await expect(fixture.invite(context, { email: 'gal@example.si', role: 'owner' })).rejects.toBeInstanceOf(ZodError);
			await expect(fixture.invite(context, { email: 'BOR@grozd.si', role: 'admin' })).rejects.toMatchObject({
				code: 'already_member',
				kind: 'conflict'
			});
			expect(await database.db.select().from(jobs)).toEqual([]);
		});
	});

	describe('accepting as a new person', () => {
		it('shows the space and role, then creates the account in the mail’s language and adds it to the team', async () => {
			const { token } = await invite('hana@example.si', 'viewer', 'en');
			expect(await getInvitation({ db: database.db, token })).toMatchObject({
				email: 'hana@example.si',
				role: 'viewer',
				space: { slug: 'grozd', name: { sl: 'Stičišče Grozd', en: 'Grozd hub' } },
				accountExists: false
			});
			const result = await accept(token, anonymous, { name: ' Hana Nova ', password: 'hana has a long password' });
			expect(result).toMatchObject({ email: 'hana@example.si', accountCreated: true });
			expect(await createUsersRepository({ db: database.db }).findByEmail('hana@example.si')).toMatchObject({
				name: 'Hana Nova',
				locale: 'en',
				isPlatformAdmin: false
			});
			expect(await roleOf('hana@example.si')).toBe('viewer');
			const user = await signIn({
				db: database.db,
				auth: fixture.auth,
				input: { email: 'hana@example.si', password: 'hana has a long password' },
				address: '10.9.0.1',
				headers: new Headers()
			});
			expect(user.email).toBe('hana@example.si');
			const [added] = await fixture.auditOf('space_member');
			// the log names the new person, by the account they made, not the platform that let them
			const byHana = { actorLabel: 'hana@example.si', actorUserId: result.userId, actorKind: 'person' };
			expect(added).toMatchObject({ action: 'space_member.add', entityId: result.userId, ...byHana, after: { role: 'viewer' } });
			const accepted = (await fixture.auditOf('invitation')).find((entry) => entry.action === 'invitation.accept');
			expect(accepted).toMatchObject({ ...byHana, before: { acceptedAt: null }, after: { acceptedAt: expect.any(String) } });
		});

		it('works once: the link is used up afterwards', async () => {
			const { token } = await invite('ivo@example.si');
			await accept(token, anonymous, { name: 'Ivo', password: 'ivo has a long password' });
			await expect(getInvitation({ db: database.db, token })).rejects.toMatchObject({ code: 'invitation_used' });
			await expect(accept(token, anonymous, { name: 'Ivo 2', password: 'another long password' })).rejects.toMatchObject({
				code: 'invitation_used'
			});
		});

		it('keeps the invitation open when the name or password is not acceptable', async () => {
			const { token } = await invite('jana@example.si');
			await expect(accept(token, anonymous, { name: 'Jana', password: 'short' })).rejects.toBeInstanceOf(ZodError);
			await expect(accept(token, anonymous, { name: ' ', password: 'long enough password' })).rejects.toBeInstanceOf(ZodError);
			await expect(accept(token, anonymous)).rejects.toBeInstanceOf(ZodError);
			expect(await createUsersRepository({ db: database.db }).findByEmail('jana@example.si')).toBeUndefined();
			expect(await getInvitation({ db: database.db, token })).toMatchObject({ accountExists: false });
		});
	});

	describe('accepting with an existing account', () => {
		it('asks the owner to sign in, refuses another account, and adds the signed-in owner', async () => {
			const karla = await fixture.person('karla@example.si', 'Karla', undefined);
			const { token } = await invite('karla@example.si', 'viewer');
			expect(await getInvitation({ db: database.db, token })).toMatchObject({ accountExists: true });
			await expect(accept(token)).rejects.toMatchObject({ code: 'invitation_needs_sign_in', details: { email: 'karla@example.si' } });
			await expect(accept(token, await fixture.sessionOf(bor))).rejects.toMatchObject({ code: 'invitation_other_account' });
			// a name and password from someone else change nothing about the existing account
			await expect(accept(token, anonymous, { name: 'Mallory', password: 'mallory long password' })).rejects.toMatchObject({
				code: 'invitation_needs_sign_in'
			});
			expect(await roleOf('karla@example.si')).toBeUndefined();

			const result = await accept(token, await fixture.sessionOf(karla));
			expect(result).toEqual({ userId: karla.id, email: 'karla@example.si', accountCreated: false });
			expect(await roleOf('karla@example.si')).toBe('viewer');
			const [added] = await fixture.auditOf('space_member');
			expect(added).toMatchObject({ action: 'space_member.add', actorUserId: karla.id, actorLabel: 'karla@example.si' });
		});

		it('cannot be accepted through an API token', async () => {
			const luka = await fixture.person('luka@example.si', 'Luka', undefined);
			const { token } = await invite('luka@example.si');
			const { kind: _kind, ...person } = (await fixture.sessionOf(luka)) as Extract<Actor, { kind: 'session' }>;
			await expect(accept(token, { ...person, kind: 'token', tokenId: 't', scopes: ['write'] })).rejects.toMatchObject({ code: 'forbidden' });
		});
	});

	describe('links that do not work', () => {
		it('says when an invitation has expired, and no longer lists it as pending', async () => {
			const { invitation, token } = await invite('mia@example.si');
			await database.db
				.update(invitations)
				.set({ expiresAt: new Date(Date.now() - 1000) })
				.where(eq(invitations.id, invitation.id));
			await expect(getInvitation({ db: database.db, token })).rejects.toMatchObject({ code: 'invitation_expired' });
			await expect(accept(token, anonymous, { name: 'Mia', password: 'mia has a long password' })).rejects.toMatchObject({
				code: 'invitation_expired'
			});
			expect(await createUsersRepository({ db: database.db }).findByEmail('mia@example.si')).toBeUndefined();
			expect((await pending()).map((pendingInvitation) => pendingInvitation.id)).not.toContain(invitation.id);
		});

		it('takes nobody into an archived space until it is restored', async () => {
			const { token } = await invite('nika@example.si');
			await database.db.update(spaces).set({ archivedAt: new Date() }).where(eq(spaces.slug, 'grozd'));
			try {
				await expect(getInvitation({ db: database.db, token })).rejects.toMatchObject({ code: 'space_read_only' });
				await expect(accept(token, anonymous, { name: 'Nika', password: 'nika has a long password' })).rejects.toMatchObject({
					code: 'space_read_only'
				});
				expect(await createUsersRepository({ db: database.db }).findByEmail('nika@example.si')).toBeUndefined();
			} finally {
				await database.db.update(spaces).set({ archivedAt: null }).where(eq(spaces.slug, 'grozd'));
			}
			await expect(getInvitation({ db: database.db, token })).resolves.toMatchObject({ email: 'nika@example.si' });
		});

		it('says when a link is unknown', async () => {
			await expect(getInvitation({ db: database.db, token: 'not-a-token' })).rejects.toMatchObject({ code: 'invitation_not_found' });
			await expect(accept('not-a-token', anonymous, { name: 'X', password: 'long enough password' })).rejects.toMatchObject({
				code: 'invitation_not_found'
			});
		});
	});

	it('never puts a token, its hash or a password into the audit log', async () => {
		expect(tokens.length).toBeGreaterThan(5);
		const audit = await fixture.auditText();
		expect(audit).toContain('invitation.create');
		for (const token of tokens) {
			expect(audit).not.toContain(token);
			expect(audit).not.toContain(hashSecret(token));
		}
		expect(audit).not.toMatch(/tokenHash|token_hash/);
		expect(audit).not.toContain('long password');
	});
});
