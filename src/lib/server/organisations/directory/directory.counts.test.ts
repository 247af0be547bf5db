import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { openPostgres, type Database, type DatabaseHandle } from '../../db/client.ts';
import { addMembership, changeMembership, removeMembership } from '../../memberships/memberships.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createDirectoryCountCache, type DirectoryCountCache } from './directory.count-cache.ts';
import { searchDirectory } from './directory.usecases.ts';
import { mergeOrganisations } from '../duplicates/duplicates.usecases.ts';
import type { DirectoryQuery, DirectoryResult } from '../organisations.schemas.ts';
import { organisations } from '../organisations.table.ts';
import { createOrganisation, updateOrganisation } from '../organisations.usecases.ts';
import { modules } from '../../modules.ts';
import { organisationReferencesOf } from '../../manifest/manifest.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';

const references = organisationReferencesOf(modules);

const cli = { actor: cliActor, source: 'cli' } as const;
const counts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map(({ value, count }) => [value, count]));

/**
 * Counts are cached per registry version in each app process. Two "processes" share one database
 * here: `reader` searches with its own cache, `writer` changes the registry through its own pool,
 * as another app process or the CLI would. After every write the reader's next answer must count it.
 */
describe('the directory counts what was written last, whoever wrote it', () => {
	let reader: DatabaseHandle;
	let writer: DatabaseHandle;
	let cache: DirectoryCountCache;
	let grozdSlug: string;
	const search = (query: Partial<DirectoryQuery> = {}, db: Database = reader.db): Promise<DirectoryResult> =>
		searchDirectory({ db, actor: anonymous, query, countCache: cache });
	const organisation = (input: Record<string, unknown>) => createOrganisation({ db: writer.db, context: cli, input });

	beforeAll(async () => {
		reader = await createTestDatabase();
		writer = openPostgres({ url: reader.url, max: 2 });
		cache = createDirectoryCountCache();
		await writer.db.delete(organisations);
		// Kranj (052) is in SI042, Koper (050) in SI044
		await organisation({ name: 'Kulturno društvo Lipa Kranj', legalForm: 'association', municipalityCode: '052', fields: ['culture'] });
		await organisation({ name: 'Zavod Sonček', legalForm: 'private_institute', municipalityCode: '050', fields: ['youth'] });
		grozdSlug = (await createSpace({ db: writer.db, context: cli, input: { slug: 'counts-hub', kind: 'regional_hub', name: { sl: 'Hub' } } })).slug;
	});
	afterAll(async () => {
		await writer?.close();
		await reader?.close();
	});

	it('answers a repeated search from the cache, the same counts, whatever the page or the spelling', async () => {
		const first = await search({ q: 'Društvo' });
		const hits = cache.stats().hits;
		const again = await search({ q: 'drustvo', page: 2 });
		expect(cache.stats().hits).toBe(hits + 1);
		expect({ total: again.total, facets: again.facets }).toEqual({ total: first.total, facets: first.facets });
		expect(first.total).toBe(1);
	});

	it('counts an organisation another process created, changed and merged away', async () => {
		await search();
		const created = await organisation({ name: 'Športno društvo Triglav Kranj', legalForm: 'association', municipalityCode: '052', fields: ['sport'] });
		let result = await search();
		expect(result.total).toBe(3);
		expect(counts(result.facets.region)).toEqual({ SI042: 2, SI044: 1 });
		expect(counts(result.facets.field)).toEqual({ culture: 1, youth: 1, sport: 1 });
		expect((await search({ q: 'drustvo' })).total).toBe(2);

		await updateOrganisation({ db: writer.db, context: cli, id: created.id, changes: { municipalityCode: '050', fields: ['culture', 'youth'] } });
		result = await search();
		expect(counts(result.facets.region)).toEqual({ SI042: 1, SI044: 2 });
		expect(counts(result.facets.field)).toEqual({ culture: 2, youth: 2 });
		expect(counts((await search({ region: 'SI044' })).facets.legalForm)).toEqual({ association: 1, private_institute: 1 });

		const kept = (await search({ q: 'lipa' })).items[0]!;
		await mergeOrganisations({ db: writer.db, context: cli, keepId: kept.id, mergeId: created.id, force: true, references });
		result = await search();
		expect(result.total).toBe(2);
		expect(counts(result.facets.region)).toEqual({ SI042: 1, SI044: 1 });
		expect((await search({ q: 'drustvo' })).total).toBe(1);
	});

	it('counts the members of a space as their memberships change', async () => {
		const [lipa] = (await search({ q: 'lipa' })).items;
		expect((await search()).facets.space).toEqual([]);
		const changing = { db: writer.db, context: cli, space: await findSpaceRef(writer.db, grozdSlug), organisationId: lipa!.id };
		await addMembership({ ...changing, input: { status: 'member' } });
		expect(counts((await search()).facets.space)).toEqual({ 'counts-hub': 1 });
		expect((await search({ space: grozdSlug })).total).toBe(1);
		await changeMembership({ ...changing, input: { status: 'former' } });
		expect((await search()).facets.space).toEqual([]);
		expect((await search({ space: grozdSlug })).total).toBe(0);
		await changeMembership({ ...changing, input: { status: 'member' } });
		expect((await search({ space: grozdSlug })).total).toBe(1);
		await removeMembership(changing);
		expect((await search({ space: grozdSlug })).total).toBe(0);
	});

	it('counts a deletion, and what a transaction wrote after it had counted', async () => {
		const before = (await search()).total;
		await writer.db.delete(organisations).where(eq(organisations.name, 'Zavod Sonček'));
		expect((await search()).total).toBe(before - 1);

		// counted inside a transaction between two of its writes: that count is not the one after commit
		await writer.db.transaction(async (tx) => {
			await createOrganisation({ db: tx, context: cli, input: { name: 'Društvo A', legalForm: 'association', municipalityCode: '061' } });
			expect((await search({}, tx)).total).toBe(before);
			await createOrganisation({ db: tx, context: cli, input: { name: 'Društvo B', legalForm: 'association', municipalityCode: '061' } });
		});
		expect((await search()).total).toBe(before + 1);

		// a rolled-back write changes nothing, and its version is never seen again
		await writer.db
			.transaction(async (tx) => {
				await createOrganisation({ db: tx, context: cli, input: { name: 'Društvo C', legalForm: 'association', municipalityCode: '061' } });
				expect((await search({}, tx)).total).toBe(before + 2);
				throw new Error('roll back');
			})
			.catch(() => {});
		expect((await search()).total).toBe(before + 1);
		await organisation({ name: 'Društvo D', legalForm: 'association', municipalityCode: '061' });
		expect((await search()).total).toBe(before + 2);
	});

	it('keeps at most as many filters as it is told, the least recently used leaving first', () => {
		const small = createDirectoryCountCache({ maxEntries: 2 });
		const counted = { version: 1n, total: 1, facets: { region: [], municipality: [], legalForm: [], field: [], publicInterest: [], space: [] } };
		small.set(1n, { q: 'a' }, counted);
		small.set(1n, { q: 'b' }, counted);
		expect(small.get(1n, { q: 'A' })).toBe(counted);
		small.set(1n, { q: 'c' }, counted);
		expect(small.get(1n, { q: 'b' })).toBeUndefined();
		expect(small.get(1n, { q: 'a' })).toBe(counted);
		// another version: nothing of the older one is served
		expect(small.get(2n, { q: 'a' })).toBeUndefined();
		small.set(2n, { q: 'a' }, { ...counted, version: 2n });
		expect(small.get(1n, { q: 'c' })).toBeUndefined();
		expect(small.stats().entries).toBe(1);
	});
});
