import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { UserRow } from '../auth/auth.table.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation, updateOrganisation } from '../organisations/organisations.usecases.ts';
import { anonymous } from '../policy/actor.ts';
import { asCli, createTeamFixture } from './team.test-fixtures.ts';
import { listTeam } from './team.usecases.ts';
import { acceptInvitation } from './team.invitations.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

describe('member editors', () => {
	let database: DatabaseHandle;
	let fixture: Awaited<ReturnType<typeof createTeamFixture>>;
	let ana: UserRow;
	let own: string;
	let other: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		fixture = await createTeamFixture(database);
		ana = await fixture.person('ana@grozd.si', 'Ana Admin', 'admin');
		own = (
			await createOrganisation({ db: database.db, context: asCli, input: { name: 'Zavod Tri', legalForm: 'private_institute', registrationNumber: '7654321' } })
		).id;
		other = (await createOrganisation({ db: database.db, context: asCli, input: { name: 'Zavod Štiri', legalForm: 'private_institute' } })).id;
	});
	afterAll(() => database.close());

	it('are invited for an organisation, named by registration number or picked by id', async () => {
		const context = await fixture.contextOf(ana);
		const missing = await fixture.invite(context, { email: 'eva@tri.si', role: 'member_editor' }).catch((error: unknown) => error);
		expect(missing).toBeInstanceOf(ZodError);
		expect((missing as ZodError).issues[0]).toMatchObject({ message: 'invitation_organisation_required', path: ['registrationNumber'] });
		await expect(fixture.invite(context, { email: 'eva@tri.si', role: 'member_editor', registrationNumber: '1111111' })).rejects.toMatchObject({
			code: 'invitation_organisation_unknown'
		});
		const byNumber = await fixture.invite(context, { email: 'eva@tri.si', role: 'member_editor', registrationNumber: ' 765 4321 ' });
		expect(byNumber.invitation.organisationId).toBe(own);
		const byId = await fixture.invite(context, { email: 'jan@stiri.si', role: 'member_editor', organisationId: other });
		expect(byId.invitation.organisationId).toBe(other);
		// other roles keep no organisation, whatever the form sent along
		const staff = await fixture.invite(context, { email: 'bor@grozd.si', role: 'staff', organisationId: other });
		expect(staff.invitation.organisationId).toBeNull();
	});

	it('keep the organisation after accepting, and may edit its profile but not another’s', async () => {
		const { token } = await fixture.invite(await fixture.contextOf(ana), { email: 'eva@tri.si', role: 'member_editor', registrationNumber: '7654321' });
		await acceptInvitation({
			db: database.db,
			auth: fixture.auth,
			context: { actor: anonymous, source: 'form' },
			token,
			input: { name: 'Eva Urednica', password: 'a long enough password' }
		});
		const team = await listTeam({ db: database.db, actor: await fixture.sessionOf(ana), space: await findSpaceRef(database.db, 'grozd') });
		expect(team.members.find((member) => member.email === 'eva@tri.si')).toMatchObject({ role: 'member_editor', organisationId: own });

		const eva = (await createUsersRepository({ db: database.db }).findByEmail('eva@tri.si'))!;
		const context = await fixture.contextOf(eva);
		const changed = await updateOrganisation({ db: database.db, context, id: own, changes: { website: 'https://zavod-tri.si' } });
		expect(changed.website).toBe('https://zavod-tri.si');
		await expect(updateOrganisation({ db: database.db, context, id: other, changes: { website: 'https://x.si' } })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const audit = await fixture.auditOf('space_member');
		expect(audit.find((entry) => entry.entityId === eva.id)).toMatchObject({ after: { role: 'member_editor', organisationId: own } });
	});
});
