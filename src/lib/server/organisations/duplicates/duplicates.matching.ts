import { foldText } from '../../../reference/fold-text.ts';
import { municipalityByCode } from '../../../reference/municipalities.ts';

/**
 * Similar names within a municipality, word by word.
 *
 * Whole-name trigram similarity cannot tell "Športno društvo Sokol" from "Kulturno društvo Sokol"
 * or "… Zgornje Brezje" from "… Spodnje Brezje" (0.64 and 0.76 in pg_trgm, above any threshold
 * that still finds "Kulturon društvo …" for "Kulturno društvo …"), and a trigram self-join over
 * 30,000 names took minutes on PostgreSQL (see BENCHMARKS.md). So names are compared word by
 * word, with pg_trgm's own measure for each pair of words: two names are alike when every word
 * of one has a close word in the other (words may be added, e.g. the city, never replaced).
 */

/** Words that say nothing about which organisation it is. */
const stopWords = new Set(['za', 'in', 'v', 'na', 'pri', 'z', 's', 'o', 'ob', 'od', 'so', 'p', 'd', 'zoo', 'oo']);

/**
 * Words every other organisation has (legal forms, common activities): they still count when
 * names are compared, but two names sharing only these are not worth comparing.
 */
const commonWords = new Set([
	'drustvo',
	'drustva',
	'drustev',
	'zveza',
	'zavod',
	'institut',
	'ustanova',
	'fundacija',
	'zadruga',
	'klub',
	'center',
	'sportno',
	'sportna',
	'kulturno',
	'kulturnih',
	'umetnisko',
	'turisticno',
	'prostovoljno',
	'gasilsko',
	'gasilska',
	'upokojencev',
	'lovska',
	'druzina',
	'planinsko',
	'cebelarsko',
	'nogometni',
	'kosarkarski',
	'prijateljev',
	'mladine',
	'mladinsko',
	'mladinski',
	'invalidov',
	'kmetic',
	'veteranov',
	'vojne',
	'glasbeno',
	'plesni',
	'kolesarsko',
	'slovenije'
]);

/** Abbreviations as they are written for names, so "PGD Breg" meets "Prostovoljno gasilsko društvo Breg". */
const abbreviations: Record<string, string> = {
	pgd: 'prostovoljno gasilsko drustvo',
	kd: 'kulturno drustvo',
	kud: 'kulturno umetnisko drustvo',
	sd: 'sportno drustvo',
	td: 'turisticno drustvo',
	du: 'drustvo upokojencev',
	ld: 'lovska druzina',
	pd: 'planinsko drustvo',
	nk: 'nogometni klub',
	kk: 'kosarkarski klub',
	dpm: 'drustvo prijateljev mladine',
	zpm: 'zveza prijateljev mladine',
	zkd: 'zveza kulturnih drustev',
	gz: 'gasilska zveza'
};

/** A word's trigrams as pg_trgm makes them: two spaces before, one after. */
function trigramsOf(word: string): Set<string> {
	const padded = `  ${word} `;
	const trigrams = new Set<string>();
	for (let index = 0; index + 3 <= padded.length; index++) trigrams.add(padded.slice(index, index + 3));
	return trigrams;
}

function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let shared = 0;
	for (const trigram of a) if (b.has(trigram)) shared++;
	return shared / (a.size + b.size - shared);
}

/** pg_trgm's `similarity()` of two folded words: shared trigrams over all trigrams. */
export function trigramSimilarity(left: string, right: string): number {
	return left === right ? 1 : sharedShare(trigramsOf(left), trigramsOf(right));
}

/** Words of a folded name: abbreviations spelled out, no stop words, each once. */
export function nameWords(foldedName: string): string[] {
	const words = foldedName
		.split(' ')
		.flatMap((word) => (abbreviations[word] ?? word).split(' '))
		.filter((word) => word.length > 0 && !stopWords.has(word));
	return [...new Set(words)];
}

/** `foldedName` is the name as `foldText` gives it (the stored `sort_name`). */
export type NamedOrganisation = { id: string; foldedName: string; city: string | null; municipalityCode: string };

/**
 * `places`: the words of its city and municipality, left out when names are compared (one entry
 * adds the place to the name, the other does not).
 */
type Prepared = { id: string; city: string; words: Word[]; places: Set<string>; distinctive: string[] };

/** Close enough to be the same word typed differently (typo, missing letter, swapped letters). */
const wordThreshold = 0.4;

/** A word with what comparing it needs, computed once per distinct word of a run. */
type Word = { text: string; trigrams: Set<string>; letters: string };

function createWordCache() {
	const words = new Map<string, Word>();
	return (text: string): Word => {
		let word = words.get(text);
		if (!word) {
			word = { text, trigrams: trigramsOf(text), letters: [...text].sort().join('') };
			words.set(text, word);
		}
		return word;
	};
}

/** Trigram likeness, with swapped letters ("drustov") counted as close as a typo deserves. */
function wordLikeness(left: Word, right: Word): number {
	if (left === right) return 1;
	const similarity = sharedShare(left.trigrams, right.trigrams);
	return similarity < 0.8 && left.letters === right.letters ? 0.8 : similarity;
}

function bestMatch(word: Word, others: readonly Word[]): number {
	let best = 0;
	for (const other of others) {
		const likeness = wordLikeness(word, other);
		if (likeness > best) best = likeness;
	}
	return best;
}

/**
 * How alike two names are (0–1), or 0 when both have a word the other lacks. The score is the
 * mean, over the words of both, of each word's best likeness in the other name (0 if it has none).
 */
export function nameScore(left: readonly Word[], right: readonly Word[]): number {
	if (left.length === 0 || right.length === 0) return 0;
	const leftBest = left.map((word) => bestMatch(word, right));
	const rightBest = right.map((word) => bestMatch(word, left));
	const leftUnmatched = leftBest.some((similarity) => similarity < wordThreshold);
	const rightUnmatched = rightBest.some((similarity) => similarity < wordThreshold);
	if (leftUnmatched && rightUnmatched) return 0;
	// a word the other name lacks counts as nothing: an added word lowers the score
	const total = [...leftBest, ...rightBest].reduce((sum, similarity) => sum + (similarity < wordThreshold ? 0 : similarity), 0);
	return total / (left.length + right.length);
}

function createPreparer() {
	const wordOf = createWordCache();
	const folded = new Map<string, string>();
	const fold = (text: string) => {
		let result = folded.get(text);
		if (result === undefined) folded.set(text, (result = foldText(text)));
		return result;
	};
	return (organisation: NamedOrganisation): Prepared => {
		const city = organisation.city ? fold(organisation.city) : '';
		const municipality = fold(municipalityByCode(organisation.municipalityCode)?.name ?? '');
		const municipalityWords = municipality.split(' ').filter(Boolean);
		const texts = nameWords(organisation.foldedName);
		return {
			id: organisation.id,
			city,
			words: texts.map(wordOf),
			places: new Set([...city.split(' '), ...municipalityWords].filter(Boolean)),
			// the municipality's name is in half of its names; a settlement's name tells them apart
			distinctive: texts.filter((word) => !commonWords.has(word) && !municipalityWords.includes(word))
		};
	};
}

export type SimilarNamePair = { leftId: string; rightId: string; score: number };

/**
 * Pairs of organisations of the same municipality with alike names, scored. Only pairs that share
 * a distinctive word (or have none at all) are compared, so the work grows with the number of
 * such pairs, not with the square of a municipality's organisations.
 */
export function similarNamePairs(organisations: readonly NamedOrganisation[], threshold: number): SimilarNamePair[] {
	const prepare = createPreparer();
	const byMunicipality = new Map<string, Prepared[]>();
	for (const organisation of organisations) {
		const list = byMunicipality.get(organisation.municipalityCode) ?? [];
		list.push(prepare(organisation));
		byMunicipality.set(organisation.municipalityCode, list);
	}
	const pairs: SimilarNamePair[] = [];
	for (const members of byMunicipality.values()) {
		// each organisation meets others by its two rarest distinctive words (a typo makes one word
		// rare, the other still meets); names of common words only ("Turistično društvo <place>")
		// meet those of the same place
		const frequency = new Map<string, number>();
		for (const member of members) for (const word of member.distinctive) frequency.set(word, (frequency.get(word) ?? 0) + 1);
		const groups = new Map<string, Prepared[]>();
		for (const member of members) {
			const rarest = [...member.distinctive].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1)).slice(0, 2);
			for (const key of rarest.length > 0 ? rarest : [`@${member.city}`]) {
				const group = groups.get(key) ?? [];
				group.push(member);
				groups.set(key, group);
			}
		}
		const compared = new Set<string>();
		const compare = (first: Prepared, second: Prepared) => {
			const [left, right] = first.id < second.id ? [first, second] : [second, first];
			const key = `${left.id} ${right.id}`;
			if (compared.has(key)) return;
			compared.add(key);
			const places = left.places.union(right.places);
			const withoutPlaces = (words: Word[]) => words.filter((word) => !places.has(word.text));
			const score = nameScore(withoutPlaces(left.words), withoutPlaces(right.words));
			if (score >= threshold) pairs.push({ leftId: left.id, rightId: right.id, score });
		};
		for (const group of groups.values()) {
			// two places, both named, that differ are two organisations: "PGD Zgornje Brezje" and
			// "PGD Spodnje Brezje"; one without a place may be either
			const byCity = Map.groupBy(group, (member) => member.city);
			const placeless = byCity.get('') ?? [];
			for (const [city, sameCity] of byCity) {
				for (let i = 0; i < sameCity.length; i++) {
					for (let j = i + 1; j < sameCity.length; j++) compare(sameCity[i]!, sameCity[j]!);
					if (city !== '') for (const other of placeless) compare(sameCity[i]!, other);
				}
			}
		}
	}
	return pairs;
}

/** More organisations of one municipality than this sharing a word make it a common one. */
const maxSharingAWord = 200;

/**
 * Organisations not yet in the registry (`candidates`: a form being filled in, an import's new
 * rows) against those that are (`existing`): pairs of a candidate and an existing organisation of
 * the same municipality with alike names, by the same measure and place rules as
 * `similarNamePairs`. A candidate meets the existing organisations that share one of its two
 * rarest distinctive words (or, with none, its city), so the work grows with the candidates, not
 * the registry.
 */
export function similarNamesAcross(candidates: readonly NamedOrganisation[], existing: readonly NamedOrganisation[], threshold: number): SimilarNamePair[] {
	const prepare = createPreparer();
	const index = new Map<string, Prepared[]>();
	const keysOf = (organisation: Prepared, municipalityCode: string) =>
		(organisation.distinctive.length > 0 ? organisation.distinctive : [`@${organisation.city}`]).map((key) => `${municipalityCode}|${key}`);
	for (const organisation of existing) {
		const prepared = prepare(organisation);
		for (const key of keysOf(prepared, organisation.municipalityCode)) {
			const list = index.get(key) ?? [];
			list.push(prepared);
			index.set(key, list);
		}
	}
	const pairs: SimilarNamePair[] = [];
	const sizeOf = (key: string) => index.get(key)?.length ?? 0;
	for (const candidate of candidates) {
		const left = prepare(candidate);
		const compared = new Set<string>();
		// by its two rarest words, as in `similarNamePairs`; a word that hundreds of the
		// municipality's organisations share tells none apart, so it is no way to meet them
		// a name of common words only meets those of its city and those without a city, either of which it may be
		const placelessKey = left.distinctive.length === 0 && left.city !== '' ? [`${candidate.municipalityCode}|@`] : [];
		const rarest = [...keysOf(left, candidate.municipalityCode), ...placelessKey]
			.filter((key) => sizeOf(key) > 0 && sizeOf(key) <= maxSharingAWord)
			.sort((a, b) => sizeOf(a) - sizeOf(b) || (a < b ? -1 : 1))
			.slice(0, 2);
		for (const key of rarest) {
			for (const right of index.get(key) ?? []) {
				if (compared.has(right.id)) continue;
				compared.add(right.id);
				// two places, both named, that differ are two organisations
				if (left.city !== '' && right.city !== '' && left.city !== right.city) continue;
				const places = left.places.union(right.places);
				const withoutPlaces = (words: Word[]) => words.filter((word) => !places.has(word.text));
				const score = nameScore(withoutPlaces(left.words), withoutPlaces(right.words));
				if (score >= threshold) pairs.push({ leftId: left.id, rightId: right.id, score });
			}
		}
	}
	return pairs;
}
