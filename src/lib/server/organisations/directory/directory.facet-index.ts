import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { searchWords, type DirectoryFilter } from './directory.filters.ts';
import { facetKeys, sortFacets, type DirectoryCounts, type FacetKey } from './directory.repository.ts';
import { organisations } from '../organisations.table.ts';
import { registryVersion } from '../registry-version.table.ts';

/**
 * What the directory's counts read of every organisation, held in the app process for one
 * registry version: its facet values (as numbers into a list of values) and the lexemes of its
 * search vector as PostgreSQL made them. Counting a filter is then a loop over the found
 * organisations in memory (about a millisecond for 30,000) instead of a statement that reads and
 * groups them (tens of milliseconds). It is loaded in one statement with the version its
 * snapshot saw, and only used for that version: after a write, the next request loads it anew.
 */
export type FacetIndex = ReturnType<typeof buildFacetIndex>;

type IndexRow = {
	version: string;
	region: string | null;
	municipality: string | null;
	legal_form: string | null;
	fields: string[] | null;
	public_interest: boolean | null;
	spaces: string[] | null;
	/** The lexemes of the search vector, separated by spaces (a lexeme of 'simple' has none). */
	lexemes: string | null;
};

/**
 * A search the index matches as PostgreSQL would: `to_tsquery('simple', 'word:*')` of a word of
 * ASCII letters and digits is that one word as a prefix of a lexeme. Other words (another script
 * after folding) are left to SQL.
 */
export function indexCanSearch(filter: DirectoryFilter): boolean {
	return searchWords(filter.q).every((word) => /^[a-z0-9]+$/.test(word));
}

/** One list of the distinct values of a facet, and each organisation's value as its number. */
function valueList() {
	const values: string[] = [];
	const numbers = new Map<string, number>();
	return {
		values,
		numberOf(value: string): number {
			let number = numbers.get(value);
			if (number === undefined) numbers.set(value, (number = values.push(value) - 1));
			return number;
		},
		find: (value: string) => numbers.get(value)
	};
}

/** Every organisation's list of value numbers, one after another: organisation i's are values[offsets[i]..offsets[i + 1]). */
type PackedLists = { offsets: Int32Array; values: Int32Array };

function packLists(lists: number[][]): PackedLists {
	const offsets = new Int32Array(lists.length + 1);
	lists.forEach((list, index) => (offsets[index + 1] = offsets[index]! + list.length));
	const values = new Int32Array(offsets[lists.length]!);
	lists.forEach((list, index) => values.set(list, offsets[index]!));
	return { offsets, values };
}

export function buildFacetIndex(rows: IndexRow[]) {
	const version = BigInt(rows[0]!.version);
	const found = rows.filter((row) => row.legal_form !== null);
	const size = found.length;
	const single = { region: valueList(), municipality: valueList(), legalForm: valueList() };
	const multiple = { field: valueList(), space: valueList() };
	// -1: no value (a region or municipality not known); the SQL counts leave those out too
	const columns = { region: new Int32Array(size), municipality: new Int32Array(size), legalForm: new Int32Array(size) };
	const lists = { field: [] as number[][], space: [] as number[][] };
	const publicInterest = new Uint8Array(size);
	const postings = new Map<string, number[]>();
	found.forEach((row, index) => {
		columns.region[index] = row.region === null ? -1 : single.region.numberOf(row.region);
		columns.municipality[index] = row.municipality === null ? -1 : single.municipality.numberOf(row.municipality);
		columns.legalForm[index] = single.legalForm.numberOf(row.legal_form!);
		// every element, as `unnest` counts them
		lists.field.push((row.fields ?? []).map((field) => multiple.field.numberOf(field)));
		lists.space.push((row.spaces ?? []).map((space) => multiple.space.numberOf(space)));
		publicInterest[index] = row.public_interest ? 1 : 0;
		for (const lexeme of row.lexemes ? row.lexemes.split(' ') : []) {
			const list = postings.get(lexeme);
			if (list) list.push(index);
			else postings.set(lexeme, [index]);
		}
	});
	const lexemes = [...postings.keys()].sort();
	const postingLists = lexemes.map((lexeme) => Int32Array.from(postings.get(lexeme)!));
	// the counting functions below share this scope: what is kept must be compact (typed arrays);
	// the lists it was built from go
	postings.clear();
	const packed = { field: packLists(lists.field), space: packLists(lists.space) };
	lists.field.length = 0;
	lists.space.length = 0;

	/** The organisations with a lexeme beginning with every word; undefined: no search, all of them. */
	function matching(words: string[]): Uint8Array | undefined {
		let result: Uint8Array | undefined;
		for (const word of words) {
			const hits = new Uint8Array(size);
			// the lexemes beginning with the word are together in the sorted list, from its lower bound
			let low = 0;
			let high = lexemes.length;
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (lexemes[middle]! < word) low = middle + 1;
				else high = middle;
			}
			for (let at = low; at < lexemes.length && lexemes[at]!.startsWith(word); at++) for (const index of postingLists[at]!) hits[index] = 1;
			if (result) for (let index = 0; index < size; index++) result[index]! &= hits[index]!;
			else result = hits;
		}
		return result;
	}

	const facetNumber = Object.fromEntries(facetKeys.map((key, number) => [key, number])) as Record<FacetKey, number>;

	function count(filter: DirectoryFilter): DirectoryCounts {
		const matched = matching(searchWords(filter.q));
		// per organisation: PASSES (every filter), the number of the one facet whose filter it
		// fails (that facet still counts it: facets are counted without their own filter), or OUT
		const PASSES = -1;
		const OUT = -2;
		const state = new Int8Array(size).fill(PASSES);
		if (matched) for (let index = 0; index < size; index++) if (!matched[index]) state[index] = OUT;
		const fail = (key: FacetKey, passes: (index: number) => boolean) => {
			const number = facetNumber[key];
			for (let index = 0; index < size; index++) {
				if (state[index] === OUT || passes(index)) continue;
				state[index] = state[index] === PASSES ? number : OUT;
			}
		};
		// a value no organisation has passes nobody
		const numberIn = (list: ReturnType<typeof valueList>, value: string) => list.find(value) ?? -2;
		for (const key of ['region', 'municipality', 'legalForm'] as const) {
			const value = filter[key];
			if (value === undefined) continue;
			const wanted = numberIn(single[key], value);
			const column = columns[key];
			fail(key, (index) => column[index] === wanted);
		}
		for (const key of ['field', 'space'] as const) {
			const value = filter[key];
			if (value === undefined) continue;
			const wanted = numberIn(multiple[key], value);
			const { offsets, values } = packed[key];
			fail(key, (index) => values.subarray(offsets[index]!, offsets[index + 1]!).includes(wanted));
		}
		if (filter.publicInterest !== undefined) {
			const yes = filter.publicInterest === 'yes' ? 1 : 0;
			fail('publicInterest', (index) => publicInterest[index] === yes);
		}

		let total = 0;
		for (let index = 0; index < size; index++) if (state[index] === PASSES) total++;
		const counted = (key: FacetKey, values: string[], valuesOf: (index: number, tally: Int32Array) => void) => {
			const tally = new Int32Array(values.length);
			const number = facetNumber[key];
			for (let index = 0; index < size; index++) {
				const at = state[index];
				if (at === PASSES || at === number) valuesOf(index, tally);
			}
			return values.flatMap((value, valueNumber) => (tally[valueNumber]! > 0 ? [{ value, count: tally[valueNumber]! }] : []));
		};
		const ofColumn = (column: Int32Array) => (index: number, tally: Int32Array) => {
			if (column[index]! >= 0) tally[column[index]!]!++;
		};
		const ofList =
			({ offsets, values }: PackedLists) =>
			(index: number, tally: Int32Array) => {
				// every element, as `unnest` counts them
				for (let at = offsets[index]!; at < offsets[index + 1]!; at++) tally[values[at]!]!++;
			};
		const facets = {
			region: counted('region', single.region.values, ofColumn(columns.region)),
			municipality: counted('municipality', single.municipality.values, ofColumn(columns.municipality)),
			legalForm: counted('legalForm', single.legalForm.values, ofColumn(columns.legalForm)),
			field: counted('field', multiple.field.values, ofList(packed.field)),
			publicInterest: counted('publicInterest', ['no', 'yes'], (index, tally) => tally[publicInterest[index]!]!++),
			space: counted('space', multiple.space.values, ofList(packed.space))
		};
		sortFacets(facets);
		return { version, total, facets };
	}

	return { version, size, count };
}

/** Everything the index holds, and the version, read in one statement (one snapshot). */
async function loadFacetIndex(db: Database): Promise<FacetIndex> {
	const members = sql`select ${memberships.organisationId} as organisation_id, array_agg(${spaces.slug}) as slugs
		from ${memberships} join ${spaces} on ${spaces.id} = ${memberships.spaceId}
		where ${memberships.status} = 'member' group by 1`;
	const rows = rowsOf<IndexRow>(
		await db.execute(sql`select ${registryVersion.version}::text as version,
			${organisations.regionCode} as region, ${organisations.municipalityCode} as municipality, ${organisations.legalForm} as legal_form,
			${organisations.fields} as fields, jsonb_array_length(${organisations.publicInterest}) > 0 as public_interest,
			array_to_string(tsvector_to_array(${organisations.searchVector}), ' ') as lexemes, members.slugs as spaces
			from ${registryVersion} left join ${organisations} on true
			left join (${members}) as members on members.organisation_id = ${organisations.id}`)
	);
	return buildFacetIndex(rows);
}

type Holder = { index?: FacetIndex; loading?: Promise<FacetIndex>; lastLoadAt?: number };
const holders = new WeakMap<Database, Holder>();

/**
 * How often the index may be loaded again after a write. A load reads the whole registry and
 * builds the index in this process's one thread (0.35–0.5 s for 30,000 organisations): loaded after
 * every write, a steady trickle of writes kept the server busy with loads alone. Between loads the
 * counts come from SQL, so they are always those of the latest write.
 */
export const facetIndexReloadIntervalMs = 5000;

/**
 * The pool's index at `version`, loading it when it is of another version (one load at a time;
 * requests meanwhile wait for it; at most one load per `reloadIntervalMs`). Undefined when the
 * index may not be loaded again yet, or a write made the loaded one differ again: the caller
 * counts in SQL then.
 */
export async function facetIndexAt(
	db: Database,
	version: bigint,
	{ reloadIntervalMs = facetIndexReloadIntervalMs }: { reloadIntervalMs?: number } = {}
): Promise<FacetIndex | undefined> {
	let holder = holders.get(db);
	if (!holder) holders.set(db, (holder = {}));
	for (let attempt = 0; attempt < 2; attempt++) {
		if (holder.index?.version === version) return holder.index;
		const current = holder;
		if (!current.loading && current.lastLoadAt !== undefined && Date.now() - current.lastLoadAt < reloadIntervalMs) return undefined;
		if (!current.loading) {
			current.lastLoadAt = Date.now();
			current.loading = loadFacetIndex(db)
				.then((index) => (current.index = index))
				.finally(() => (current.loading = undefined));
		}
		const loaded = await current.loading;
		if (loaded.version === version) return loaded;
	}
	return undefined;
}
