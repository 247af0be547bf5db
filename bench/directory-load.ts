// The directory's requests for the load test: what people do on /organisations and what clients
// ask /api/v1/organisations, varied, distinct and shuffled with a fixed seed. See bench/README.md.
import { regionOfMunicipality } from '../src/lib/reference/municipalities.ts';
import { countKey } from '../src/lib/server/organisations/directory/directory.count-cache.ts';
import { createRandom, type SyntheticRow } from '../src/lib/server/organisations/demo/synthetic-registry.ts';

/** The kinds of request in the mix, with their share (they sum to 1). */
export const mixShares = {
	/** a word typed letter by letter: `d`, `dr`, `dru`, `drus`, … (as written or without diacritics) */
	prefix: 0.35,
	/** a word found in thousands of names: `društvo`, `zavod`, `športno` */
	broadWord: 0.08,
	/** a place or a rare word of a name */
	narrowWord: 0.12,
	/** two words of a name, the second still being typed: `prostovoljno gas` */
	twoWords: 0.12,
	/** one to three facet filters, with a search or without */
	facets: 0.23,
	/** the first page of the directory, or another one, without a search */
	browse: 0.1
} as const;

type Kind = keyof typeof mixShares;
const spaces = ['grozd', 'iskra', 'nvo-vid', 'asociacija'];
const removeDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * `count` distinct request paths of the directory: half of them for the HTML page, half for the
 * API, a few in four of the ten later pages (page 2 to 10). The words come from the names of the
 * synthetic registry the benchmark imported, so every search can find something.
 */
export function directoryRequests({ rows, count, seed = 'directory-load' }: { rows: SyntheticRow[]; count: number; seed?: string }): string[] {
	const random = createRandom(seed);
	const organisations = rows.map((row) => row.organisation);
	const frequency = new Map<string, number>();
	const wordsOf = (name: string) => name.split(/[\s,.'"()–-]+/u).filter((word) => word.length >= 2);
	for (const { name } of organisations)
		for (const word of new Set(wordsOf(name).map((w) => w.toLowerCase()))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const byFrequency = [...frequency.entries()].sort((a, b) => b[1] - a[1]);
	const broadWords = byFrequency
		.filter(([word]) => word.length >= 4)
		.slice(0, 15)
		.map(([word]) => word);
	const rareWords = byFrequency.filter(([word, seen]) => word.length >= 4 && seen <= 20).map(([word]) => word);
	const places = [...new Set(organisations.map((organisation) => organisation.city))];
	const pickName = () => random.pick(organisations).name;
	const spelled = (word: string) => {
		const plain = random.chance(0.5) ? removeDiacritics(word) : word;
		return random.chance(0.3) ? plain[0]!.toUpperCase() + plain.slice(1) : plain.toLowerCase();
	};
	const laterPage = () => (random.chance(0.25) ? 2 + random.integer(9) : undefined);

	function facetFilters(): Record<string, string> {
		const organisation = random.pick(organisations);
		const filters: Record<string, string> = {};
		const chosen = new Set<string>();
		const wanted = 1 + random.integer(3);
		while (chosen.size < wanted) chosen.add(random.pick(['region', 'municipality', 'legalForm', 'field', 'publicInterest', 'space', 'q']));
		for (const key of chosen) {
			if (key === 'region') filters.region = regionOfMunicipality(organisation.municipalityCode)!;
			if (key === 'municipality') filters.municipality = organisation.municipalityCode;
			if (key === 'legalForm') filters.legalForm = organisation.legalForm;
			if (key === 'field' && organisation.fields.length > 0) filters.field = random.pick(organisation.fields);
			if (key === 'publicInterest') filters.publicInterest = random.chance(0.5) ? 'yes' : 'no';
			if (key === 'space') filters.space = random.pick(spaces);
			if (key === 'q') filters.q = spelled(random.pick(broadWords)).slice(0, 2 + random.integer(5));
		}
		return filters;
	}

	const make: Record<Kind, () => Record<string, string | number | undefined>> = {
		prefix: () => {
			const word = random.pick(wordsOf(pickName()));
			return { q: spelled(word).slice(0, 1 + random.integer(word.length)), page: laterPage() };
		},
		broadWord: () => ({ q: spelled(random.pick(broadWords)), page: laterPage() }),
		narrowWord: () => ({ q: spelled(random.chance(0.5) ? random.pick(places) : random.pick(rareWords)) }),
		twoWords: () => {
			const words = wordsOf(pickName());
			const at = random.integer(Math.max(1, words.length - 1));
			const [first, second = ''] = [words[at]!, words[at + 1] ?? ''];
			return { q: `${spelled(first)} ${spelled(second).slice(0, 1 + random.integer(Math.max(1, second.length)))}`.trim() };
		},
		facets: () => ({ ...facetFilters(), page: laterPage() }),
		browse: () => ({ page: random.chance(0.3) ? undefined : 2 + random.integer(9), pageSize: random.chance(0.2) ? 50 : undefined })
	};
	const kinds = Object.entries(mixShares) as [Kind, number][];

	const paths = new Set<string>();
	for (let attempt = 0; paths.size < count && attempt < count * 50; attempt++) {
		const [kind] = random.weighted(kinds, ([, share]) => share);
		const params = new URLSearchParams();
		for (const [key, value] of Object.entries(make[kind]())) if (value !== undefined && value !== '') params.set(key, String(value));
		const base = random.chance(0.5) ? '/organisations' : '/api/v1/organisations';
		const query = params.toString();
		paths.add(query ? `${base}?${query}` : base);
	}
	return [...paths];
}

/** How many different filter sets (the counts' cache key: search words and facets, not the page) the paths name. */
export function distinctFilterSets(paths: string[]): number {
	const keys = new Set(
		paths.map((path) => {
			const params = new URL(path, 'http://x').searchParams;
			const filter = Object.fromEntries([...params.entries()].filter(([key]) => key !== 'page' && key !== 'pageSize'));
			return countKey(filter);
		})
	);
	return keys.size;
}
