import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { UserRow } from '../auth/auth.table.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous } from '../policy/actor.ts';
import { asCli, createTeamFixture } from './team.test-fixtures.ts';
import { changeRole, listTeam, removeMember } from './team.usecases.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';

describe('team members', () => {
	let database: DatabaseHandle;
	let fixture: Awaited<ReturnType<typeof createTeamFixture>>;
	let ana: UserRow;
	let bor: UserRow;
	let cene: UserRow;
	let platformAdmin: UserRow;

	const team = async (user: UserRow) => listTeam({ db: database.db, actor: await fixture.sessionOf(user), space: await findSpaceRef(database.db, 'grozd') });
	const roles = async () => Object.fromEntries((await team(platformAdmin)).members.map((member) => [member.email, member.role]));

	beforeAll(async () => {
		database = await createTestDatabase();
		fixture = await createTeamFixture(database);
		ana = await fixture.person('ana@grozd.si', 'Ana Admin', 'admin');
		bor = await fixture.person('bor@grozd.si', 'Bor Sodelavec', 'staff');
		cene = await fixture.person('cene@grozd.si', 'Cene Bralec', 'viewer');
		platformAdmin = await fixture.person('root@example.si', 'Pia Platforma', undefined, true);
	});
	afterAll(() => database.close());

	describe('listing', () => {
		it('shows admins and staff who is in the team, with name, e-mail and role', async () => {
			const { space, members } = await team(bor);
			expect(space).toMatchObject({ slug: 'grozd', name: { sl: 'Stičišče Grozd', en: 'Grozd hub' } });
			expect(members).toEqual([
				{ userId: ana.id, name: 'Ana Admin', email: 'ana@grozd.si', role: 'admin', organisationId: null },
				{ userId: bor.id, name: 'Bor Sodelavec', email: 'bor@grozd.si', role: 'staff', organisationId: null },
				{ userId: cene.id, name: 'Cene Bralec', email: 'cene@grozd.si', role: 'viewer', organisationId: null }
			]);
		});

		it('is for admins only when it is to manage the team, and never for viewers or outsiders', async () => {
			const list = async (user: UserRow, action: 'read' | 'manage') =>
				listTeam({ db: database.db, actor: await fixture.sessionOf(user), space: await findSpaceRef(database.db, 'grozd'), action });
			await expect(list(bor, 'manage')).rejects.toMatchObject({ code: 'forbidden' });
			await expect(list(cene, 'read')).rejects.toMatchObject({ code: 'forbidden' });
			await expect(listTeam({ db: database.db, actor: anonymous, space: await findSpaceRef(database.db, 'grozd') })).rejects.toMatchObject({
				code: 'unauthenticated'
			});
			await expect(list(ana, 'manage')).resolves.toBeTruthy();
			await expect(list(platformAdmin, 'manage')).resolves.toBeTruthy();
			await expect(listTeam({ db: database.db, actor: await fixture.sessionOf(ana), space: await findSpaceRef(database.db, 'iskra') })).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(findSpaceRef(database.db, 'nowhere')).rejects.toMatchObject({
				code: 'space_not_found'
			});
		});
	});

	describe('changing roles', () => {
		it('lets an admin change a role, and records who did it, before and after', async () => {
			const context = await fixture.contextOf(ana);
			const changed = await changeRole({
				db: database.db,
				context,
				space: await findSpaceRef(database.db, 'grozd'),
				input: { userId: cene.id, role: 'member_editor' }
			});
			expect(changed).toMatchObject({ userId: cene.id, role: 'member_editor' });
			expect((await roles())['cene@grozd.si']).toBe('member_editor');
			const [entry] = await fixture.auditOf('space_member');
			expect(entry).toMatchObject({
				action: 'space_member.change_role',
				entityId: cene.id,
				actorUserId: ana.id,
				source: 'form',
				before: { email: 'cene@grozd.si', role: 'viewer' },
				after: { email: 'cene@grozd.si', role: 'member_editor' }
			});
		});

		it('records nothing when the role stays the same', async () => {
			const before = (await fixture.auditOf('space_member')).length;
			await changeRole({
				db: database.db,
				context: await fixture.contextOf(ana),
				space: await findSpaceRef(database.db, 'grozd'),
				input: { userId: bor.id, role: 'staff' }
			});
			expect(await fixture.auditOf('space_member')).toHaveLength(before);
		});

		it('refuses staff, viewers and admins of other spaces, and changes nothing', async () => {
			for (const user of [bor, cene]) {
				await expect(
					changeRole({
						db: database.db,
						context: await fixture.contextOf(user),
						space: await findSpaceRef(database.db, 'grozd'),
						input: { userId: bor.id, role: 'admin' }
					})
				).rejects.toMatchObject({ code: 'forbidden' });
			}
			await expect(
				changeRole({
					db: database.db,
					context: await fixture.contextOf(ana),
					space: await findSpaceRef(database.db, 'iskra'),
					input: { userId: bor.id, role: 'admin' }
				})
			).rejects.toMatchObject({ code: 'forbidden' });
			expect((await roles())['bor@grozd.si']).toBe('staff');
		});

		it('refuses an unknown role and a person who is not in the team', async () => {
			const context = await fixture.contextOf(ana);
			await expect(
				changeRole({ db: database.db, context, space: await findSpaceRef(database.db, 'grozd'), input: { userId: bor.id, role: 'owner' } })
			).rejects.toThrow(/role/);
			await expect(
				changeRole({ db: database.db, context, space: await findSpaceRef(database.db, 'grozd'), input: { userId: platformAdmin.id, role: 'staff' } })
			).rejects.toMatchObject({ code: 'member_not_found' });
		});
	});

	describe('the last administrator', () => {
		it('cannot be demoted or removed, by themselves, a platform admin or the CLI', async () => {
			for (const context of [await fixture.contextOf(ana), await fixture.contextOf(platformAdmin), asCli]) {
				await expect(
					changeRole({ db: database.db, context, space: await findSpaceRef(database.db, 'grozd'), input: { userId: ana.id, role: 'staff' } })
				).rejects.toMatchObject({ code: 'last_admin', kind: 'conflict' });
				await expect(removeMember({ db: database.db, context, space: await findSpaceRef(database.db, 'grozd'), userId: ana.id })).rejects.toMatchObject({
					code: 'last_admin'
				});
			}
			expect((await roles())['ana@grozd.si']).toBe('admin');
		});

		it('may step down once someone else is an administrator', async () => {
			const context = await fixture.contextOf(ana);
			await changeRole({ db: database.db, context, space: await findSpaceRef(database.db, 'grozd'), input: { userId: bor.id, role: 'admin' } });
			await changeRole({ db: database.db, context, space: await findSpaceRef(database.db, 'grozd'), input: { userId: ana.id, role: 'staff' } });
			expect(await roles()).toMatchObject({ 'ana@grozd.si': 'staff', 'bor@grozd.si': 'admin' });
			// Bor is now the only one left
			await expect(
				removeMember({ db: database.db, context: await fixture.contextOf(bor), space: await findSpaceRef(database.db, 'grozd'), userId: bor.id })
			).rejects.toMatchObject({ code: 'last_admin' });
		});

		it('holds when two admins demote each other at the same time', async () => {
			const bothAdmins = await fixture.contextOf(bor);
			await changeRole({ db: database.db, context: bothAdmins, space: await findSpaceRef(database.db, 'grozd'), input: { userId: ana.id, role: 'admin' } });
			const [anaContext, borContext] = [await fixture.contextOf(ana), await fixture.contextOf(bor)];
			const results = await Promise.allSettled([
				changeRole({ db: database.db, context: anaContext, space: await findSpaceRef(database.db, 'grozd'), input: { userId: bor.id, role: 'staff' } }),
				changeRole({ db: database.db, context: borContext, space: await findSpaceRef(database.db, 'grozd'), input: { userId: ana.id, role: 'staff' } })
			]);
			expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
			expect(Object.values(await roles()).filter((role) => role === 'admin')).toHaveLength(1);
		});
	});

	describe('removing', () => {
		it('lets an admin remove a person, and records what they were', async () => {
			const removed = await removeMember({
				db: database.db,
				context: await fixture.contextOf(platformAdmin),
				space: await findSpaceRef(database.db, 'grozd'),
				userId: cene.id
			});
			expect(removed).toMatchObject({ email: 'cene@grozd.si', role: 'member_editor' });
			expect(Object.keys(await roles())).not.toContain('cene@grozd.si');
			const [entry] = await fixture.auditOf('space_member');
			expect(entry).toMatchObject({
				action: 'space_member.remove',
				entityId: cene.id,
				actorLabel: 'root@example.si',
				before: { email: 'cene@grozd.si', role: 'member_editor' },
				after: null
			});
			await expect(
				removeMember({ db: database.db, context: await fixture.contextOf(platformAdmin), space: await findSpaceRef(database.db, 'grozd'), userId: cene.id })
			).rejects.toMatchObject({ code: 'member_not_found' });
		});

		it('refuses staff and viewers', async () => {
			const dana = await fixture.person('dana@grozd.si', 'Dana', 'viewer');
			const staff = (await roles())['ana@grozd.si'] === 'staff' ? ana : bor;
			for (const user of [staff, dana]) {
				await expect(
					removeMember({ db: database.db, context: await fixture.contextOf(user), space: await findSpaceRef(database.db, 'grozd'), userId: dana.id })
				).rejects.toMatchObject({ code: 'forbidden' });
			}
			expect(Object.keys(await roles())).toContain('dana@grozd.si');
		});
	});
});
