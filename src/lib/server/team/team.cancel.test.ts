import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { AuditContext } from '../audit/audit.usecases.ts';
import type { UserRow } from '../auth/auth.table.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous } from '../policy/actor.ts';
import { hashSecret } from '../shared/secrets.ts';
import { invitations } from './team.table.ts';
import { asCli, createTeamFixture, publicUrl } from './team.test-fixtures.ts';
import { listTeam } from './team.usecases.ts';
import { acceptInvitation, cancelInvitation, getInvitation, inviteToSpace } from './team.invitations.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

describe('cancelling an invitation', () => {
	let database: DatabaseHandle;
	let fixture: Awaited<ReturnType<typeof createTeamFixture>>;
	let ana: UserRow;
	let bor: UserRow;
	const tokens: string[] = [];

	const invite = async (email: string) => {
		const sent = await fixture.invite(await fixture.contextOf(ana), { email, role: 'staff' });
		tokens.push(sent.token);
		return sent;
	};
	const cancel = async (context: AuditContext, invitationId: string, slug = 'grozd') =>
		cancelInvitation({ db: database.db, context, space: await findSpaceRef(database.db, slug), invitationId });
	const pending = async () =>
		(await listTeam({ db: database.db, actor: await fixture.sessionOf(ana), space: await findSpaceRef(database.db, 'grozd') })).invitations.map(
			(invitation) => invitation.email
		);
	const cancellations = async () => (await fixture.auditOf('invitation')).filter((entry) => entry.action === 'invitation.cancel');

	beforeAll(async () => {
		database = await createTestDatabase();
		fixture = await createTeamFixture(database);
		ana = await fixture.person('ana@grozd.si', 'Ana Admin', 'admin');
		bor = await fixture.person('bor@grozd.si', 'Bor Sodelavec', 'staff');
	});
	afterAll(() => database.close());

	it('deletes it, so that its link no longer works, and records what it was', async () => {
		const { invitation, token } = await invite('eva@example.si');
		const cancelled = await cancel(await fixture.contextOf(ana), invitation.id);
		expect(cancelled).toMatchObject({ id: invitation.id, email: 'eva@example.si', role: 'staff', acceptedAt: null });
		expect(cancelled).not.toHaveProperty('tokenHash');
		expect(await pending()).not.toContain('eva@example.si');
		await expect(getInvitation({ db: database.db, token })).rejects.toMatchObject({ code: 'invitation_not_found' });
		await expect(
			acceptInvitation({
				db: database.db,
				auth: fixture.auth,
				context: { actor: anonymous, source: 'form' },
				token,
				input: { name: 'Eva', password: 'eva has a long password' }
			})
		).rejects.toMatchObject({ code: 'invitation_not_found' });
		expect(await cancellations()).toEqual([
			expect.objectContaining({
				entityId: invitation.id,
				actorUserId: ana.id,
				source: 'form',
				before: expect.objectContaining({ email: 'eva@example.si', role: 'staff' }),
				after: null
			})
		]);
		const audit = await fixture.auditText();
		expect(audit).not.toContain(hashSecret(token));
		expect(audit).not.toMatch(/tokenHash|token_hash/);
	});

	it('may withdraw an invitation that has expired meanwhile', async () => {
		const { invitation } = await invite('fran@example.si');
		await database.db
			.update(invitations)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(invitations.id, invitation.id));
		await expect(cancel(asCli, invitation.id)).resolves.toMatchObject({ email: 'fran@example.si' });
	});

	it('is for admins of the space only, and leaves the invitation open otherwise', async () => {
		const { invitation, token } = await invite('gal@example.si');
		await expect(cancel(await fixture.contextOf(bor), invitation.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(cancel({ actor: anonymous, source: 'form' }, invitation.id)).rejects.toMatchObject({ code: 'unauthenticated' });
		// an admin of this space is nobody in another one, even with the id of this one's invitation
		await expect(cancel(await fixture.contextOf(ana), invitation.id, 'iskra')).rejects.toMatchObject({ code: 'forbidden' });
		expect(await pending()).toContain('gal@example.si');
		await expect(getInvitation({ db: database.db, token })).resolves.toMatchObject({ email: 'gal@example.si' });
	});

	it('says so for an invitation that is unknown, already cancelled or of another space', async () => {
		const context = await fixture.contextOf(ana);
		const before = (await cancellations()).length;
		const { invitation } = await invite('hana@example.si');
		await cancel(context, invitation.id);
		await expect(cancel(context, invitation.id)).rejects.toMatchObject({ code: 'invitation_gone', kind: 'not_found' });
		await expect(cancel(context, randomUUID())).rejects.toMatchObject({ code: 'invitation_gone' });
		await expect(cancel(context, 'not-a-uuid')).rejects.toMatchObject({ code: 'invitation_gone' });

		const elsewhere = await inviteToSpace({
			db: database.db,
			context: asCli,
			publicUrl,
			space: await findSpaceRef(database.db, 'iskra'),
			input: { email: 'ivo@example.si', role: 'viewer' }
		});
		await expect(cancel(context, elsewhere.id)).rejects.toMatchObject({ code: 'invitation_gone' });
		await expect(cancel(asCli, elsewhere.id, 'iskra')).resolves.toMatchObject({ email: 'ivo@example.si' });
		expect((await cancellations()).length).toBe(before + 1);
	});

	it('refuses an invitation that was accepted: the person is in the team and is removed from there', async () => {
		const jana = await fixture.person('jana@example.si', 'Jana', undefined);
		const { invitation, token } = await invite('jana@example.si');
		await acceptInvitation({ db: database.db, auth: fixture.auth, context: { actor: await fixture.sessionOf(jana), source: 'form' }, token });
		await expect(cancel(await fixture.contextOf(ana), invitation.id)).rejects.toMatchObject({
			code: 'invitation_accepted',
			kind: 'conflict',
			details: { email: 'jana@example.si' }
		});
		expect(
			(await listTeam({ db: database.db, actor: asCli.actor, space: await findSpaceRef(database.db, 'grozd') })).members.map((member) => member.email)
		).toContain('jana@example.si');
	});

	it('and an acceptance at the same moment: exactly one of them wins, and the other says why', async () => {
		const karla = await fixture.person('karla@example.si', 'Karla', undefined);
		const { invitation, token } = await invite('karla@example.si');
		const [cancelled, accepted] = await Promise.allSettled([
			cancel(await fixture.contextOf(ana), invitation.id),
			acceptInvitation({ db: database.db, auth: fixture.auth, context: { actor: await fixture.sessionOf(karla), source: 'form' }, token })
		]);
		const members = (await listTeam({ db: database.db, actor: asCli.actor, space: await findSpaceRef(database.db, 'grozd') })).members.map(
			(member) => member.email
		);
		if (cancelled.status === 'fulfilled') {
			expect(accepted).toMatchObject({ status: 'rejected', reason: { code: expect.stringMatching(/^invitation_(used|not_found)$/) } });
			expect(members).not.toContain('karla@example.si');
		} else {
			expect(cancelled.reason).toMatchObject({ code: 'invitation_accepted' });
			expect(accepted.status).toBe('fulfilled');
			expect(members).toContain('karla@example.si');
		}
	});

	it('never puts a token or its hash into the audit log', async () => {
		const audit = await fixture.auditText();
		expect(audit).toContain('invitation.cancel');
		for (const token of tokens) {
			expect(audit).not.toContain(token);
			expect(audit).not.toContain(hashSecret(token));
		}
	});
});
