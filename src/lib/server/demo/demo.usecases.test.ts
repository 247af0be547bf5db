import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';
import { createSpace, getSpaceBySlug } from '../spaces/spaces.usecases.ts';
import { loadDemoContent, loadDemoContentIfEmpty } from './demo.usecases.ts';
import { cliActor } from '../policy/actor.ts';
import { eq } from 'drizzle-orm';
import { memberships } from '../memberships/memberships.table.ts';
import { projectOrganisations } from '../projects/partners/project-organisations.table.ts';
import { projects } from '../projects/projects.table.ts';
import { demoOrganisations } from '../organisations/demo/demo-organisations.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

describe('demo content', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('is not loaded into a database that already has a space', async () => {
		const other = await createTestDatabase();
		try {
			const spacesRepository = createSpacesRepository({ db: other.db });
			await createSpace({
				db: other.db,
				context: { actor: cliActor, source: 'cli' },
				input: { slug: 'own', kind: 'other', name: { sl: 'Lastni' } }
			});
			expect(await loadDemoContentIfEmpty({ db: other.db })).toBeUndefined();
			expect(await spacesRepository.count()).toBe(1);
		} finally {
			await other.close();
		}
	});

	it('loads the four spaces of the seeds into an empty database', async () => {
		const result = await loadDemoContentIfEmpty({ db: database.db });
		expect(result?.spaces?.created.sort()).toEqual(['asociacija', 'grozd', 'iskra', 'nvo-vid']);
		expect(result?.organisations?.created).toHaveLength(demoOrganisations.length);
	});

	it('loads the organisations the seeds name, without identifiers the seeds do not state', async () => {
		const rows = await database.db.select().from(organisations);
		const byShortName = new Map(rows.map((row) => [row.shortName, row]));
		for (const shortName of ['IPAK', 'INePA', 'LJUDMILA', 'SKUP', 'Zavod Tri', 'PiNA', 'Asociacija', 'MJU', 'Beletrina', 'SŠGZ']) {
			expect(byShortName.has(shortName), shortName).toBe(true);
		}
		expect(byShortName.get('MJU')).toMatchObject({ legalForm: 'public_body', website: 'https://www.mju.gov.si/' });
		expect(byShortName.get('PiNA')).toMatchObject({ name: 'Kulturno izobraževalno društvo PiNA', legalForm: 'association' });
		expect(rows.filter((row) => row.registrationNumber || row.taxNumber)).toEqual([]);
	});

	it('makes the hosts and operators of each space roles in its project, never its members', async () => {
		const roles = await database.db
			.select({ slug: spaces.slug, shortName: organisations.shortName, role: projectOrganisations.role })
			.from(projectOrganisations)
			.innerJoin(spaces, eq(spaces.id, projectOrganisations.spaceId))
			.innerJoin(organisations, eq(organisations.id, projectOrganisations.organisationId));
		const rolesIn = (slug: string) =>
			roles
				.filter((row) => row.slug === slug && row.role !== 'financer')
				.map((row) => `${row.shortName} ${row.role}`)
				.sort();
		expect(rolesIn('grozd')).toEqual(['SKUP host', 'Zavod Tri host']);
		expect(rolesIn('iskra')).toEqual(['PiNA operator']);
		expect(rolesIn('asociacija')).toEqual(['Asociacija lead']);
		expect(rolesIn('nvo-vid').filter((role) => !role.endsWith('associated_partner'))).toEqual(['INePA partner', 'IPAK lead', 'LJUDMILA partner']);
		expect(await database.db.$count(memberships)).toBe(0);
	});

	it('loads again without duplicating or overwriting anything', async () => {
		const spacesRepository = createSpacesRepository({ db: database.db });
		const before = await getSpaceBySlug({ spacesRepository, slug: 'grozd' });
		const roleCount = await database.db.$count(projectOrganisations);
		// the demo's registry and the organisations its activities need (PRO-NVO-VID's trainees')
		const organisationCount = await database.db.$count(organisations);
		const result = await loadDemoContent({ db: database.db });
		expect(result.spaces?.created).toEqual([]);
		expect(result.organisations?.created).toEqual([]);
		expect(result.organisations?.skipped).toHaveLength(demoOrganisations.length);
		expect(await database.db.$count(organisations)).toBe(organisationCount);
		expect(await database.db.$count(projectOrganisations)).toBe(roleCount);
		expect(await database.db.$count(projects)).toBe(4);
		expect(result.spaces?.skipped.sort()).toEqual(['asociacija', 'grozd', 'iskra', 'nvo-vid']);
		expect(await spacesRepository.count()).toBe(4);
		expect(await getSpaceBySlug({ spacesRepository, slug: 'grozd' })).toEqual(before);
	});

	it('carries the structured facts of the Iskra seed', async () => {
		const iskra = await getSpaceBySlug({ spacesRepository: createSpacesRepository({ db: database.db }), slug: 'iskra' });
		expect(iskra).toMatchObject({ kind: 'regional_hub', regionCode: 'SI044' });
		// its project is a project of the space (projects/partners/demo-hub-projects), not part of the profile
		expect(iskra).not.toHaveProperty('supportProject');
		expect(iskra.meansOfWork.map((means) => means.kind)).toEqual(['informing', 'training', 'networking', 'advocacy']);
		expect(iskra.strategicGoals).toHaveLength(3);
		expect(iskra.specificGoals).toHaveLength(3);
	});

	it('carries the financer programme reference of the Grozd seed', async () => {
		const grozd = await getSpaceBySlug({ spacesRepository: createSpacesRepository({ db: database.db }), slug: 'grozd' });
		expect(grozd).toMatchObject({ kind: 'regional_hub', regionCode: 'SI042', website: 'http://www.grozd.si/' });
		expect(grozd.financers[0]?.programme).toMatchObject({
			priorityAxis: { code: '11' },
			investmentPriority: { code: '11.4' },
			specificObjective: { code: '1' }
		});
		expect(grozd.hostOrganisations.map((host) => host.name.sl)).toEqual([
			'SKUP – Skupnost privatnih zavodov',
			'Zavod Tri, zavod za trajnostne skupnostne prakse'
		]);
		expect(grozd.strategicGoals).toHaveLength(3);
	});
});
