import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { anonymous, cliActor, type Actor } from '../../policy/actor.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { searchDirectory } from './directory.usecases.ts';
import type { DirectoryQuery, DirectoryResult } from '../organisations.schemas.ts';
import { createOrganisation } from '../organisations.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('the directory of organisations', () => {
	let database: DatabaseHandle;
	const search = (query: Partial<DirectoryQuery> = {}, actor: Actor = anonymous) => searchDirectory({ db: database.db, actor, query });
	const names = (result: DirectoryResult) => result.items.map((item) => item.name);
	const counts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map(({ value, count }) => [value, count]));

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		const organisation = (input: Record<string, unknown>) => createOrganisation({ db, context: cli, input });
		// Ljubljana (061) is in SI041, Koper (050) in SI044, Kranj (052) in SI042
		const created = {
			hub: await organisation({
				name: 'Stičišče NVO Istre in Krasa',
				shortName: 'ISKRA',
				legalForm: 'private_institute',
				municipalityCode: '050',
				fields: ['ngo_development']
			}),
			culture: await organisation({
				name: 'Društvo Asociacija',
				legalForm: 'association',
				municipalityCode: '061',
				fields: ['culture'],
				publicInterest: [{ field: 'culture', decidedOn: '2015-03-02' }]
			}),
			sport: await organisation({ name: 'Športno društvo Kranj', legalForm: 'association', municipalityCode: '052', fields: ['sport', 'youth'] }),
			alias: await organisation({
				name: 'Zavod za kulturo Tri',
				aliases: ['Zavod Tri'],
				legalForm: 'private_institute',
				municipalityCode: '061',
				fields: ['culture']
			}),
			kranj: await organisation({ name: 'Kulturno društvo Stičišče Kranj', legalForm: 'association', municipalityCode: '052', fields: ['culture'] }),
			ministry: await organisation({ name: 'Ministrstvo za javno upravo', legalForm: 'public_body', municipalityCode: '061' }),
			nowhere: await organisation({ name: 'Ustanova brez sedeža', legalForm: 'foundation' })
		};
		const grozd = await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		const iskra = await createSpace({ db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } });
		await db.insert(memberships).values([
			{ spaceId: grozd.id, organisationId: created.sport.id, status: 'member' },
			{ spaceId: grozd.id, organisationId: created.kranj.id, status: 'member' },
			{ spaceId: grozd.id, organisationId: created.culture.id, status: 'applicant' },
			{ spaceId: iskra.id, organisationId: created.hub.id, status: 'member' },
			{ spaceId: iskra.id, organisationId: created.kranj.id, status: 'former' }
		]);
	});
	afterAll(() => database.close());

	it('finds names whatever the case and diacritics: sticisce finds Stičišče, DRUSTVO finds Društvo', async () => {
		expect(names(await search({ q: 'sticisce' }))).toEqual(expect.arrayContaining(['Stičišče NVO Istre in Krasa', 'Kulturno društvo Stičišče Kranj']));
		expect((await search({ q: 'sticisce' })).total).toBe(2);
		expect(names(await search({ q: 'DRUSTVO' })).sort()).toEqual(['Društvo Asociacija', 'Kulturno društvo Stičišče Kranj', 'Športno društvo Kranj']);
		expect(names(await search({ q: 'Športno' }))).toEqual(['Športno društvo Kranj']);
	});

	it('matches every typed word as the beginning of a word, in any order', async () => {
		expect(names(await search({ q: 'stic' }))).toHaveLength(2);
		expect(names(await search({ q: 'kranj dru' })).sort()).toEqual(['Kulturno društvo Stičišče Kranj', 'Športno društvo Kranj']);
		expect(names(await search({ q: 'kul sti kr' }))).toEqual(['Kulturno društvo Stičišče Kranj']);
		// a word inside another word is not a prefix
		expect((await search({ q: 'ticisce' })).total).toBe(0);
		// short names and aliases are searched too; punctuation is ignored
		expect(names(await search({ q: 'iskra' }))).toEqual(['Stičišče NVO Istre in Krasa']);
		expect(names(await search({ q: 'zavod tri!' }))).toEqual(['Zavod za kulturo Tri']);
		expect((await search({ q: '  &|!  ' })).total).toBe(7);
	});

	it('ranks names that begin with what was typed first, then by name', async () => {
		expect(names(await search({ q: 'sticisce' }))).toEqual(['Stičišče NVO Istre in Krasa', 'Kulturno društvo Stičišče Kranj']);
		// equally good matches: the shorter name first (alphabetically, it would come second)
		expect(names(await search({ q: 'kranj' }))).toEqual(['Športno društvo Kranj', 'Kulturno društvo Stičišče Kranj']);
		expect(names(await search({ q: 'kul' }))[0]).toBe('Kulturno društvo Stičišče Kranj');
	});

	it('lists everything by name without a search, Š sorted as S (sp… before st…)', async () => {
		expect(names(await search())).toEqual([
			'Društvo Asociacija',
			'Kulturno društvo Stičišče Kranj',
			'Ministrstvo za javno upravo',
			'Športno društvo Kranj',
			'Stičišče NVO Istre in Krasa',
			'Ustanova brez sedeža',
			'Zavod za kulturo Tri'
		]);
	});

	it('pages through the results in a stable order, each organisation once', async () => {
		const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, pageSize: 2 })));
		expect(pages.map((result) => result.items.length)).toEqual([2, 2, 2, 1]);
		expect(pages.flatMap(names)).toEqual(names(await search()));
		expect(pages[0]).toMatchObject({ total: 7, page: 1, pageSize: 2 });
		expect((await search({ page: 9, pageSize: 2 })).items).toEqual([]);
		const again = await search({ page: 2, pageSize: 2 });
		expect(names(again)).toEqual(names(pages[1]!));
	});

	it('narrows by region, municipality, legal form, field and public interest', async () => {
		expect(names(await search({ region: 'SI042' })).sort()).toEqual(['Kulturno društvo Stičišče Kranj', 'Športno društvo Kranj']);
		expect(names(await search({ municipality: '61' }))).toHaveLength(3);
		expect(names(await search({ legalForm: 'private_institute', region: 'SI041' }))).toEqual(['Zavod za kulturo Tri']);
		expect(names(await search({ field: 'culture', q: 'drustvo' })).sort()).toEqual(['Društvo Asociacija', 'Kulturno društvo Stičišče Kranj']);
		expect(names(await search({ publicInterest: 'yes' }))).toEqual(['Društvo Asociacija']);
		expect((await search({ publicInterest: 'no' })).total).toBe(6);
	});

	it('narrows to the members of a space: applicants and former members are not members', async () => {
		expect(names(await search({ space: 'grozd' }))).toEqual(['Kulturno društvo Stičišče Kranj', 'Športno društvo Kranj']);
		expect(names(await search({ space: 'iskra' }))).toEqual(['Stičišče NVO Istre in Krasa']);
		expect((await search({ space: 'nowhere' })).total).toBe(0);
	});

	it('counts each facet with every other filter applied but not its own', async () => {
		const all = (await search()).facets;
		expect(counts(all.region)).toEqual({ SI041: 3, SI042: 2, SI044: 1 });
		expect(counts(all.legalForm)).toEqual({ association: 3, private_institute: 2, public_body: 1, foundation: 1 });
		expect(counts(all.field)).toEqual({ culture: 3, sport: 1, youth: 1, ngo_development: 1 });
		expect(counts(all.publicInterest)).toEqual({ yes: 1, no: 6 });
		expect(counts(all.space)).toEqual({ grozd: 2, iskra: 1 });
		expect(counts(all.municipality)).toEqual({ '061': 3, '052': 2, '050': 1 });
		expect(all.region[0]).toEqual({ value: 'SI041', count: 3 });

		const kranjAssociations = await search({ region: 'SI042', legalForm: 'association' });
		expect(kranjAssociations.total).toBe(2);
		// the region's own counts ignore the region, so another region can be chosen instead …
		expect(counts(kranjAssociations.facets.region)).toEqual({ SI041: 1, SI042: 2 });
		// … and the legal forms are counted within the region
		expect(counts(kranjAssociations.facets.legalForm)).toEqual({ association: 2 });
		expect(counts(kranjAssociations.facets.field)).toEqual({ culture: 1, sport: 1, youth: 1 });
		expect(counts(kranjAssociations.facets.space)).toEqual({ grozd: 2 });

		const grozdCulture = await search({ space: 'grozd', field: 'culture' });
		expect(names(grozdCulture)).toEqual(['Kulturno društvo Stičišče Kranj']);
		expect(counts(grozdCulture.facets.space)).toEqual({ grozd: 1 });
		expect(counts(grozdCulture.facets.field)).toEqual({ culture: 1, sport: 1, youth: 1 });

		const searched = await search({ q: 'sticisce', publicInterest: 'no' });
		expect(counts(searched.facets.publicInterest)).toEqual({ no: 2 });
		expect(counts(searched.facets.region)).toEqual({ SI042: 1, SI044: 1 });
	});

	it('refuses parameters it does not know the values of, naming them', async () => {
		const problem = await searchDirectory({ db: database.db, actor: anonymous, query: { region: 'SI999', pageSize: '500' } }).catch(
			(caught: unknown) => caught
		);
		expect(problem).toBeInstanceOf(ZodError);
		expect((problem as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual(['pageSize', 'region']);
	});

	it('reads query strings as the API receives them', async () => {
		const result = await searchDirectory({ db: database.db, actor: anonymous, query: { q: 'kranj', page: '1', pageSize: '1' } });
		expect(result).toMatchObject({ total: 2, page: 1, pageSize: 1 });
		expect(result.items[0]).toMatchObject({ name: 'Športno društvo Kranj', regionCode: 'SI042', hasLogo: false });
	});

	it('refuses a token without the organisations read scope', async () => {
		const token: Actor = {
			kind: 'token',
			tokenId: 't',
			scopes: ['spaces:read'],
			userId: 'u',
			email: 'u@example.si',
			name: 'u',
			isPlatformAdmin: false,
			memberships: new Map()
		};
		await expect(search({}, token)).rejects.toMatchObject({ code: 'token_scope_missing' });
		await expect(search({}, { ...token, scopes: ['organisations:read'] })).resolves.toMatchObject({ total: 7 });
	});
});
