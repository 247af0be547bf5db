import { asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { Database } from '../../db/client.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { directoryConditions, prefixQuery, type DirectoryFilter } from './directory.filters.ts';
import type { DirectoryResult } from '../organisations.schemas.ts';
import { organisations, type OrganisationRow } from '../organisations.table.ts';
import { registryVersion } from '../registry-version.table.ts';
import { rowsOf } from '../../db/rows.ts';

export type DirectoryFacets = DirectoryResult['facets'];
export type FacetKey = keyof DirectoryFacets;
export const facetKeys = ['region', 'municipality', 'legalForm', 'field', 'publicInterest', 'space'] as const satisfies readonly FacetKey[];

/** Names of the columns that say whether a found organisation passes each facet's filter. */
const passes: Record<FacetKey, SQL> = {
	region: sql.raw('passes_region'),
	municipality: sql.raw('passes_municipality'),
	legalForm: sql.raw('passes_legal_form'),
	field: sql.raw('passes_field'),
	publicInterest: sql.raw('passes_public_interest'),
	space: sql.raw('passes_space')
};

/** Every facet's filter but `except`'s own, as a condition on the found organisations. */
const passesAllBut = (except?: FacetKey) =>
	sql.join(
		facetKeys.filter((key) => key !== except).map((key) => passes[key]),
		sql` and `
	);

/**
 * The organisations the search finds (before facet filters), grouped by their facet values and
 * by whether they pass each facet's filter: the table is read once, and every facet is counted
 * from these few groups.
 */
function foundGroups(filter: DirectoryFilter): SQL {
	const query = prefixQuery(filter.q);
	const values = [
		sql`${organisations.regionCode} as region`,
		sql`${organisations.municipalityCode} as municipality`,
		sql`${organisations.legalForm} as legal_form`,
		sql`${organisations.fields} as fields`,
		sql`jsonb_array_length(${organisations.publicInterest}) > 0 as public_interest`
	];
	// a filter not set passes everyone: a constant, which need not be grouped by
	const used = facetKeys.filter((key) => filter[key] !== undefined);
	const flags = facetKeys.map((key) => sql`${used.includes(key) ? directoryConditions({ [key]: filter[key] }) : sql`true`} as ${passes[key]}`);
	const groupBy = Array.from({ length: values.length }, (_, index) => index + 1).concat(used.map((key) => values.length + 1 + facetKeys.indexOf(key)));
	return sql`select ${sql.join([...values, ...flags], sql`, `)}, count(*)::int as organisation_count
		from ${organisations}${query ? sql` where ${organisations.searchVector} @@ ${query}` : sql``}
		group by ${sql.raw(groupBy.join(', '))}`;
}

/**
 * Members of each space among the organisations found with every filter but the space. Counted
 * from the memberships, which are few; without any other filter, from them alone.
 */
function spaceCounts(filter: DirectoryFilter): SQL {
	const others = directoryConditions(filter, 'space');
	return sql`select 'space', ${spaces.slug}, count(*)::int from ${memberships}
		join ${spaces} on ${spaces.id} = ${memberships.spaceId}
		${others ? sql`join ${organisations} on ${organisations.id} = ${memberships.organisationId} and ${others}` : sql``}
		where ${memberships.status} = 'member' group by 2`;
}

/**
 * One select per facet: its values with how many organisations have each, counted with every
 * filter but its own, so that the counts say what choosing another value would find.
 */
const facetSelects: Record<Exclude<FacetKey, 'space'>, SQL> = {
	region: sql`select 'region', region, sum(organisation_count)::int from found where region is not null and ${passesAllBut('region')} group by 2`,
	municipality: sql`select 'municipality', municipality, sum(organisation_count)::int from found
		where municipality is not null and ${passesAllBut('municipality')} group by 2`,
	legalForm: sql`select 'legalForm', legal_form, sum(organisation_count)::int from found where ${passesAllBut('legalForm')} group by 2`,
	field: sql`select 'field', field.value, sum(organisation_count)::int from found cross join lateral unnest(found.fields) as field(value)
		where ${passesAllBut('field')} group by 2`,
	publicInterest: sql`select 'publicInterest', case when public_interest then 'yes' else 'no' end, sum(organisation_count)::int from found
		where ${passesAllBut('publicInterest')} group by 2`
};

/** Each facet's values, the most frequent first, then by value. */
export function sortFacets(facets: DirectoryFacets): void {
	for (const key of facetKeys) facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

type CountRow = { facet: FacetKey | 'total' | 'version'; value: string | null; count: number };

/** How many organisations a filter finds and every facet's counts, at one registry version. */
export type DirectoryCounts = { version: bigint; total: number; facets: DirectoryFacets };

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;

export function createDirectoryRepository({ db }: { db: Database }) {
	return {
		/**
		 * One page of the organisations the filter finds. With a search, the best matches come first:
		 * the full-text rank, raised for names that begin with what was typed; then the name and the
		 * id, so that equal ranks keep their order from page to page.
		 */
		async page(filter: DirectoryFilter, { limit, offset }: { limit: number; offset: number }): Promise<OrganisationRow[]> {
			const query = prefixQuery(filter.q);
			if (!query) {
				return db
					.select()
					.from(organisations)
					.where(directoryConditions(filter))
					.orderBy(asc(organisations.sortName), asc(organisations.id))
					.limit(limit)
					.offset(offset);
			}
			const typed = foldText(filter.q ?? '');
			const relevance = sql<number>`ts_rank(${organisations.searchVector}, ${query}, 1)
				+ case when starts_with(${organisations.sortName}, ${typed}) then 1 else 0 end`;
			// a broad search ranks thousands of organisations: only their ids and sort keys go
			// through the sort, and the page's 20 rows are read afterwards (a quarter less time for `d`)
			const ranked = db
				.select({ id: organisations.id, relevance: relevance.as('relevance'), sortName: sql<string>`${organisations.sortName}`.as('sort_key') })
				.from(organisations)
				.where(directoryConditions(filter))
				.orderBy(desc(relevance), asc(organisations.sortName), asc(organisations.id))
				.limit(limit)
				.offset(offset)
				.as('ranked');
			return db
				.select(getTableColumns(organisations))
				.from(ranked)
				.innerJoin(organisations, eq(organisations.id, ranked.id))
				.orderBy(desc(ranked.relevance), asc(ranked.sortName), asc(organisations.id));
		},

		/** The registry's version now: what cached counts must have been counted at to be served. */
		async version(): Promise<bigint> {
			const [row] = await db.select({ version: registryVersion.version }).from(registryVersion);
			return row!.version;
		},

		/**
		 * How many organisations the filter finds, and every facet's counts, in one statement, with
		 * the registry version its snapshot saw (so the counts are exactly those of that version).
		 */
		async counts(filter: DirectoryFilter): Promise<DirectoryCounts> {
			const total = sql`select 'total', null, coalesce(sum(organisation_count), 0)::int
				from found where ${passesAllBut()}`;
			const { region, municipality, legalForm, field, publicInterest } = facetSelects;
			const versionRow = sql`select 'version' as facet, ${registryVersion.version}::text as value, 0 as count from ${registryVersion}`;
			const selects = [versionRow, total, region, municipality, legalForm, field, publicInterest, spaceCounts(filter)];
			const statement = sql`with found as materialized (${foundGroups(filter)})
				${sql.join(
					selects.map((select) => sql`(${select})`),
					sql` union all `
				)}`;
			const rows = rowsOf<CountRow>(await db.execute(statement));
			const facets = Object.fromEntries(facetKeys.map((key) => [key, [] as { value: string; count: number }[]])) as DirectoryFacets;
			let found = 0;
			let version = 0n;
			for (const row of rows) {
				if (row.facet === 'version') version = BigInt(row.value!);
				else if (row.facet === 'total') found = Number(row.count);
				else if (row.value !== null) facets[row.facet].push({ value: row.value, count: Number(row.count) });
			}
			sortFacets(facets);
			return { version, total: found, facets };
		}
	};
}
