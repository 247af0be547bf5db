import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createSpacesRepository, type SpacesRepository } from './spaces.repository.ts';
import type { SpaceInput } from './spaces.schemas.ts';
import { createSpace, getSpaceBySlug, listSpaces } from './spaces.usecases.ts';
import type { AuditContext } from '../audit/audit.usecases.ts';
import { cliActor } from '../policy/actor.ts';

const asCli: AuditContext = { actor: cliActor, source: 'cli' };

const minimalSpace: SpaceInput = {
	slug: 'zasavje',
	kind: 'regional_hub',
	regionCode: 'SI035',
	name: { sl: 'Stičišče Zasavje' }
};

describe('spaces use cases', () => {
	let database: DatabaseHandle;
	let spacesRepository: SpacesRepository;

	beforeAll(async () => {
		database = await createTestDatabase();
		spacesRepository = createSpacesRepository({ db: database.db });
	});
	afterAll(() => database.close());

	it('creates a space with defaults for the lists and finds it by slug', async () => {
		const created = await createSpace({ db: database.db, context: asCli, input: minimalSpace });
		expect(created).toMatchObject({ slug: 'zasavje', strategicGoals: [], meansOfWork: [], financers: [] });
		expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(created).not.toHaveProperty('mission');

		const found = await getSpaceBySlug({ spacesRepository, slug: 'zasavje' });
		expect(found).toEqual(created);
	});

	it('keeps ordered lists exactly', async () => {
		await createSpace({
			db: database.db,
			context: asCli,
			input: {
				...minimalSpace,
				slug: 'exact',
				strategicGoals: [{ sl: 'prvi' }, { sl: 'drugi', en: 'second' }, { sl: 'tretji' }]
			}
		});
		const space = await getSpaceBySlug({ spacesRepository, slug: 'exact' });
		expect(space.strategicGoals.map((goal) => goal.sl)).toEqual(['prvi', 'drugi', 'tretji']);
	});

	it('lists spaces ordered by slug', async () => {
		const slugs = (await listSpaces({ spacesRepository })).map((space) => space.slug);
		expect(slugs).toEqual([...slugs].sort());
		expect(slugs).toContain('zasavje');
	});

	it('refuses a second space with the same slug with a stable code', async () => {
		await expect(createSpace({ db: database.db, context: asCli, input: minimalSpace })).rejects.toMatchObject({
			code: 'space_slug_taken',
			kind: 'conflict'
		});
	});

	it('answers space_not_found for an unknown slug', async () => {
		await expect(getSpaceBySlug({ spacesRepository, slug: 'nowhere' })).rejects.toMatchObject({
			code: 'space_not_found',
			kind: 'not_found'
		});
	});

	it.each([
		['a slug with capitals', { slug: 'Grozd' }],
		['a missing Slovenian name', { name: { sl: '', en: 'Only English' } }],
		['an unknown region', { regionCode: 'SI099' }],
		['a website that is not http(s)', { website: 'javascript:alert(1)' }]
	])('rejects %s', async (_label, override) => {
		const input = { ...minimalSpace, slug: 'invalid', ...override } as SpaceInput;
		await expect(createSpace({ db: database.db, context: asCli, input })).rejects.toBeInstanceOf(ZodError);
		await expect(getSpaceBySlug({ spacesRepository, slug: 'invalid' })).rejects.toMatchObject({ code: 'space_not_found' });
	});
});
