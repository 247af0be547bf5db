import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { regionCodes } from '../../../reference/regions.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { cliActor } from '../../policy/actor.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { syntheticRegistryCsv } from '../demo/synthetic-csv.ts';
import { createRandom, generateRegistry } from '../demo/synthetic-registry.ts';
import { facetIndexAt, indexCanSearch } from './directory.facet-index.ts';
import type { DirectoryFilter } from './directory.filters.ts';
import { createDirectoryRepository } from './directory.repository.ts';
import { importOrganisations } from '../import/import.usecases.ts';
import { organisations } from '../organisations.table.ts';

/**
 * The index in memory must count exactly what the counting statement counts: the same total, the
 * same values with the same counts in the same order, for searches as typed and any facet filters.
 */
describe('the directory facet index', () => {
	let database: DatabaseHandle;
	const registry = generateRegistry({ count: 1500, seed: 3 });

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		const context = { actor: cliActor, source: 'cli' } as const;
		await importOrganisations({ db, context, file: { name: 'r.csv', content: Buffer.from(syntheticRegistryCsv(registry)) }, dryRun: false });
		// members of the demo spaces, a few applicants and former members among them
		const random = createRandom('memberships');
		const spaceIds: string[] = [];
		for (const slug of ['grozd', 'iskra', 'nvo-vid'])
			spaceIds.push((await createSpace({ db, context, input: { slug, kind: 'regional_hub', name: { sl: slug } } })).id);
		const ids = (await db.select({ id: organisations.id }).from(organisations)).map((row) => row.id);
		const statuses = ['member', 'member', 'member', 'applicant', 'former'] as const;
		const values = spaceIds.flatMap((spaceId) =>
			ids.filter(() => random.chance(0.05)).map((organisationId) => ({ spaceId, organisationId, status: random.pick(statuses) }))
		);
		await db.insert(memberships).values(values).onConflictDoNothing();
		// an organisation with no municipality, and one naming a field twice
		await db.execute(sql`update ${organisations} set municipality_code = null, region_code = null where id = ${ids[0]}`);
		await db.execute(sql`update ${organisations} set fields = array['culture', 'culture'] where id = ${ids[1]}`);
	});
	afterAll(() => database.close());

	it('counts every filter as SQL does', async () => {
		const { db } = database;
		const directory = createDirectoryRepository({ db });
		const index = (await facetIndexAt(db, await directory.version()))!;
		expect(index.size).toBe(await db.$count(organisations));
		const random = createRandom('filters');
		const words = registry.flatMap(({ organisation }) => organisation.name.split(' '));
		const filters: DirectoryFilter[] = [{}, { q: 'd' }, { q: 'drustvo' }, { q: 'Društvo za' }, { q: 'zzzz' }, { region: 'SI042' }, { field: 'nothing_here' }];
		for (let made = 0; made < 150; made++) {
			const { organisation } = random.pick(registry);
			const filter: DirectoryFilter = {};
			if (random.chance(0.6)) {
				const word = random.pick(words);
				filter.q = random.chance(0.3) ? `${word} ${random.pick(words).slice(0, 2)}` : word.slice(0, 1 + random.integer(word.length));
			}
			if (random.chance(0.3)) filter.region = random.chance(0.8) ? (random.pick(regionCodes) as DirectoryFilter['region']) : undefined;
			if (random.chance(0.2)) filter.municipality = organisation.municipalityCode;
			if (random.chance(0.3)) filter.legalForm = organisation.legalForm;
			if (random.chance(0.3) && organisation.fields.length > 0) filter.field = random.pick(organisation.fields);
			if (random.chance(0.2)) filter.publicInterest = random.chance(0.5) ? 'yes' : 'no';
			if (random.chance(0.2)) filter.space = random.pick(['grozd', 'iskra', 'nvo-vid', 'asociacija', 'nobody']);
			filters.push(filter);
		}
		for (const filter of filters) {
			expect(indexCanSearch(filter)).toBe(true);
			const { version: _counted, ...inSql } = await directory.counts(filter);
			const { version: _indexed, ...inMemory } = index.count(filter);
			expect(inMemory, JSON.stringify(filter)).toEqual(inSql);
		}
	});

	it('leaves searches in other scripts to SQL', () => {
		expect(indexCanSearch({ q: 'Stičišče 2024' })).toBe(true);
		expect(indexCanSearch({ q: 'Общество' })).toBe(false);
	});

	it('is loaded anew for another version, and refused for a version it cannot reach', async () => {
		const { db } = database;
		const directory = createDirectoryRepository({ db });
		const before = await directory.version();
		const first = await facetIndexAt(db, before);
		expect(await facetIndexAt(db, before)).toBe(first);
		await db.execute(sql`update ${organisations} set legal_form = 'foundation' where id = (select id from ${organisations} order by id limit 1)`);
		const after = await directory.version();
		expect(after).not.toBe(before);
		// not loaded again so soon after the last load: the caller counts in SQL meanwhile
		expect(await facetIndexAt(db, after)).toBeUndefined();
		const second = await facetIndexAt(db, after, { reloadIntervalMs: 0 });
		expect(second).not.toBe(first);
		expect(second!.version).toBe(after);
		// a version no longer (or never) in the database: no index is served for it
		expect(await facetIndexAt(db, before, { reloadIntervalMs: 0 })).toBeUndefined();
	});
});
