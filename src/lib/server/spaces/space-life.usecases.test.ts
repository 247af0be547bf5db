import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { jobs } from '../jobs/jobs.table.ts';
import { cliActor, type Actor } from '../policy/actor.ts';
import { createProject } from '../projects/projects.usecases.ts';
import { listTeam } from '../team/team.usecases.ts';
import { findSpace, findSpaceRef, movedAddress } from './space-scope.ts';
import { launchSpace } from './space-launch.ts';
import { archiveSpace, renameSpace, restoreSpace } from './space-life.usecases.ts';
import { createSpacesRepository } from './spaces.repository.ts';
import { getSpaceBySlug, listSpaces, updateSpace } from './spaces.usecases.ts';

const asCli = { actor: cliActor, source: 'cli' } as const;
const publicUrl = 'https://nvo.example.si';

describe('the life of a space', () => {
	let database: DatabaseHandle;
	const spacesRepository = () => createSpacesRepository({ db: database.db });
	const staffOf = (spaceId: string): Actor => ({
		kind: 'session',
		userId: 'user-staff',
		email: 'staff@example.si',
		name: 'Staff',
		isPlatformAdmin: false,
		memberships: new Map([[spaceId, { role: 'admin', organisationId: null }]])
	});
	// entries of one transaction share their time: in the order of the alphabet
	const actionsOf = async (spaceId: string) =>
		(await createAuditRepository({ db: database.db }).list({ spaceId }, { limit: 50, offset: 0 }, 'asc')).items.map((entry) => entry.action).sort();

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('creates a space with its first admin invited by mail, both in the audit log', async () => {
		const { space, invited } = await launchSpace({
			db: database.db,
			context: asCli,
			publicUrl,
			input: { slug: 'posavje', kind: 'regional_hub', name: { sl: 'Stičišče Posavje' }, firstAdmin: { email: 'Vodja@Example.si' } }
		});
		expect(invited).toBe('vodja@example.si');
		const team = await listTeam({ db: database.db, actor: cliActor, space: await findSpaceRef(database.db, 'posavje') });
		expect(team.invitations).toMatchObject([{ email: 'vodja@example.si', role: 'admin' }]);
		expect(await database.db.select().from(jobs)).toHaveLength(1);
		expect(await actionsOf(space.id)).toEqual(['invitation.create', 'space.create']);
	});

	it('creates neither the space nor the invitation when the address is wrong', async () => {
		const launching = launchSpace({
			db: database.db,
			context: asCli,
			publicUrl,
			input: { slug: 'koroska', kind: 'regional_hub', name: { sl: 'Koroška' }, firstAdmin: { email: 'ni-naslov' } }
		});
		await expect(launching).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['firstAdmin', 'email'] })] });
		expect(await spacesRepository().findBySlug('koroska')).toBeUndefined();
	});

	it('refuses a project sent in the profile, which holds none since migration 0024, rather than drop it', async () => {
		const input = { slug: 'zasavje', kind: 'regional_hub', name: { sl: 'Zasavje' }, supportProject: { title: { sl: 'Stičišče Zasavje' } } };
		await expect(launchSpace({ db: database.db, context: asCli, publicUrl, input })).rejects.toMatchObject({
			issues: [expect.objectContaining({ code: 'unrecognized_keys', keys: ['supportProject'] })]
		});
		expect(await spacesRepository().findBySlug('zasavje')).toBeUndefined();
	});

	it('lets only platform admins create, rename and archive spaces', async () => {
		const posavje = (await findSpace(database.db, 'posavje'))!;
		const spaceAdmin = { actor: staffOf(posavje.id), source: 'form' } as const;
		const input = { slug: 'druga', kind: 'other', name: { sl: 'Druga' } };
		await expect(launchSpace({ db: database.db, context: spaceAdmin, publicUrl, input })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(renameSpace({ db: database.db, context: spaceAdmin, slug: 'posavje', input: { slug: 'drugo' } })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(archiveSpace({ db: database.db, context: spaceAdmin, slug: 'posavje' })).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('renames a space: the old address leads to the new one and no other space may take it', async () => {
		const renamed = await renameSpace({
			db: database.db,
			context: asCli,
			slug: 'posavje',
			input: { slug: 'spodnje-posavje', name: { sl: 'Stičišče Spodnje Posavje', en: 'Lower Sava hub' } }
		});
		expect(renamed).toMatchObject({ slug: 'spodnje-posavje', name: { sl: 'Stičišče Spodnje Posavje', en: 'Lower Sava hub' } });
		expect(await findSpace(database.db, 'posavje')).toBeUndefined();
		const old = new URL('https://nvo.example.si/en/app/spaces/posavje/team?tab=1');
		expect(await movedAddress(database.db, old, 'posavje')).toBe('/en/app/spaces/spodnje-posavje/team?tab=1');
		expect(await movedAddress(database.db, new URL('https://nvo.example.si/api/v1/spaces/posavje'), 'posavje')).toBe('/api/v1/spaces/spodnje-posavje');
		expect(await movedAddress(database.db, old, 'nikoli')).toBeUndefined();

		const input = { slug: 'posavje', kind: 'regional_hub', name: { sl: 'Tretja' } };
		await expect(launchSpace({ db: database.db, context: asCli, publicUrl, input })).rejects.toMatchObject({ code: 'space_slug_taken' });
		await launchSpace({ db: database.db, context: asCli, publicUrl, input: { ...input, slug: 'tretja' } });
		await expect(renameSpace({ db: database.db, context: asCli, slug: 'tretja', input: { slug: 'posavje' } })).rejects.toMatchObject({
			code: 'space_slug_taken'
		});

		// taking back its own old address is fine, and the address it leaves redirects in turn
		await renameSpace({ db: database.db, context: asCli, slug: 'spodnje-posavje', input: { slug: 'posavje' } });
		expect((await findSpace(database.db, 'posavje'))?.id).toBe(renamed.id);
		expect(await movedAddress(database.db, new URL('https://nvo.example.si/spaces/spodnje-posavje'), 'spodnje-posavje')).toBe('/spaces/posavje');
		expect(await actionsOf(renamed.id)).toEqual(['invitation.create', 'space.create', 'space.rename', 'space.rename']);
	});

	it('archives a space: gone from the public list and page, read-only inside, whole again once restored', async () => {
		const archived = await archiveSpace({ db: database.db, context: asCli, slug: 'posavje' });
		expect(archived.archivedAt).toMatch(/^\d{4}-/);
		expect((await listSpaces({ spacesRepository: spacesRepository() })).map((space) => space.slug)).toEqual(['tretja']);
		expect((await listSpaces({ spacesRepository: spacesRepository(), includeArchived: true })).map((space) => space.slug)).toEqual(['posavje', 'tretja']);
		await expect(getSpaceBySlug({ spacesRepository: spacesRepository(), slug: 'posavje' })).rejects.toMatchObject({ code: 'space_archived' });

		const space = (await findSpace(database.db, 'posavje'))!;
		expect(space.archived).toBe(true);
		await expect(updateSpace({ db: database.db, context: asCli, slug: 'posavje', changes: { mission: { sl: 'Novo' } } })).rejects.toMatchObject({
			code: 'space_read_only'
		});
		const project = { title: { sl: 'Projekt' }, slug: 'projekt', startsOn: '2024-01-01' };
		await expect(createProject({ db: database.db, context: asCli, space, input: project })).rejects.toMatchObject({ code: 'space_read_only' });

		// archiving twice records it once
		await archiveSpace({ db: database.db, context: asCli, slug: 'posavje' });
		const restored = await restoreSpace({ db: database.db, context: asCli, slug: 'posavje' });
		expect(restored).not.toHaveProperty('archivedAt');
		expect((await getSpaceBySlug({ spacesRepository: spacesRepository(), slug: 'posavje' })).id).toBe(space.id);
		expect((await actionsOf(space.id)).filter((action) => /archive|restore/.test(action))).toEqual(['space.archive', 'space.restore']);
	});
});
