import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { SpaceRole } from '../../policy/roles.ts';
import { presentAuditEntry } from '../audit/audit.presenter.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor, type Actor } from '../policy/actor.ts';
import { createSpacesRepository } from './spaces.repository.ts';
import { createSpace, getSpaceBySlug, updateSpace } from './spaces.usecases.ts';

describe('updating a space profile', () => {
	let database: DatabaseHandle;
	let spaceId: string;

	const member = (role: SpaceRole): Actor => ({
		kind: 'session',
		userId: `user-${role}`,
		email: `${role}@example.si`,
		name: role,
		isPlatformAdmin: false,
		memberships: new Map([[spaceId, { role, organisationId: null }]])
	});
	const read = () => getSpaceBySlug({ spacesRepository: createSpacesRepository({ db: database.db }), slug: 'grozd' });
	const auditOf = async () => (await createAuditRepository({ db: database.db }).list({ spaceId, entityType: 'space' }, { limit: 50, offset: 0 })).items;

	beforeAll(async () => {
		database = await createTestDatabase();
		const space = await createSpace({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			input: {
				slug: 'grozd',
				kind: 'regional_hub',
				name: { sl: 'Grozd' },
				mission: { sl: 'Staro poslanstvo' },
				strategicGoals: [{ sl: 'Prvi cilj' }],
				hostOrganisations: [{ name: { sl: 'Zavod Tri' }, role: 'host' }]
			}
		});
		spaceId = space.id;
	});
	afterAll(() => database.close());

	it('records the creation in the audit log', async () => {
		const [created] = await auditOf();
		expect(created).toMatchObject({ action: 'space.create', source: 'cli', actorLabel: 'command line', before: null });
	});

	it('lets staff change the mission in both languages, and records who, when, before and after', async () => {
		const updated = await updateSpace({
			db: database.db,
			context: { actor: member('staff'), source: 'form' },
			slug: 'grozd',
			changes: { mission: { sl: 'Novo poslanstvo', en: 'New mission' } }
		});
		expect(updated.mission).toEqual({ sl: 'Novo poslanstvo', en: 'New mission' });
		// fields that were not sent stay as they were, lists included
		expect(updated.name).toEqual({ sl: 'Grozd' });
		expect(updated.strategicGoals).toEqual([{ sl: 'Prvi cilj' }]);
		expect(updated.hostOrganisations).toEqual([{ name: { sl: 'Zavod Tri' }, role: 'host' }]);

		const [entry] = await auditOf();
		expect(entry).toMatchObject({
			action: 'space.update',
			source: 'form',
			actorUserId: 'user-staff',
			actorLabel: 'staff@example.si',
			entityType: 'space',
			entityId: spaceId,
			spaceId
		});
		expect((entry!.before as { mission: unknown }).mission).toEqual({ sl: 'Staro poslanstvo' });
		expect((entry!.after as { mission: unknown }).mission).toEqual({ sl: 'Novo poslanstvo', en: 'New mission' });
		expect(presentAuditEntry(entry!).changedFields).toEqual(['mission']);
	});

	it.each([
		['anonymous', () => anonymous, 'unauthenticated'],
		['a viewer', () => member('viewer'), 'forbidden'],
		['a member editor', () => member('member_editor'), 'forbidden']
	])('refuses %s and changes nothing', async (_who, actor, code) => {
		const before = await read();
		const entries = (await auditOf()).length;
		await expect(
			updateSpace({ db: database.db, context: { actor: actor(), source: 'api' }, slug: 'grozd', changes: { mission: { sl: 'X' } } })
		).rejects.toMatchObject({ code });
		expect(await read()).toEqual(before);
		expect(await auditOf()).toHaveLength(entries);
	});

	it.each([
		['the slug, which is the stable address', { slug: 'other' }],
		['an empty Slovenian name', { name: { sl: '' } }],
		['a field that does not exist', { colour: 'red' }]
	])('rejects a change of %s and keeps the profile', async (_what, changes) => {
		const before = await read();
		await expect(updateSpace({ db: database.db, context: { actor: member('admin'), source: 'api' }, slug: 'grozd', changes })).rejects.toBeInstanceOf(ZodError);
		expect(await read()).toEqual(before);
	});

	it('answers space_not_found for an unknown space', async () => {
		await expect(updateSpace({ db: database.db, context: { actor: cliActor, source: 'cli' }, slug: 'nowhere', changes: {} })).rejects.toMatchObject({
			code: 'space_not_found'
		});
	});
});
