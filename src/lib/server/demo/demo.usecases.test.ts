import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';
import { createSpace, getSpaceBySlug } from '../spaces/spaces.usecases.ts';
import { loadDemoContent, loadDemoContentIfEmpty } from './demo.usecases.ts';
import { cliActor } from '../policy/actor.ts';

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
		expect(result?.created.sort()).toEqual(['asociacija', 'grozd', 'iskra', 'nvo-vid']);
	});

	it('loads again without duplicating or overwriting anything', async () => {
		const spacesRepository = createSpacesRepository({ db: database.db });
		const before = await getSpaceBySlug({ spacesRepository, slug: 'grozd' });
		const result = await loadDemoContent({ db: database.db });
		expect(result.created).toEqual([]);
		expect(result.skipped.sort()).toEqual(['asociacija', 'grozd', 'iskra', 'nvo-vid']);
		expect(await spacesRepository.count()).toBe(4);
		expect(await getSpaceBySlug({ spacesRepository, slug: 'grozd' })).toEqual(before);
	});

	it('carries the structured facts of the Iskra seed', async () => {
		const iskra = await getSpaceBySlug({ spacesRepository: createSpacesRepository({ db: database.db }), slug: 'iskra' });
		expect(iskra).toMatchObject({ kind: 'regional_hub', regionCode: 'SI044' });
		expect(iskra.supportProject).toMatchObject({
			startDate: '2019-10-01',
			endDate: '2023-09-30',
			totalValueCents: 33_461_393
		});
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
