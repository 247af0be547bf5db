import { foldText } from '../../../reference/fold-text.ts';
import { taxNumberCheckDigit } from '../../../reference/identifiers.ts';
import { municipalityByCode } from '../../../reference/municipalities.ts';
import { municipalityWeights } from './municipality-weights.ts';
import { causes, nameElements, namePatterns, seatPostalCodes, settlementNames, streetNames, type NamePattern } from './synthetic-names.ts';

/**
 * A synthetic national registry of NGOs for demos, trying the importer and benchmarks. Nothing in
 * it is real: registration numbers come from a block reserved here for synthetic data (9000000–
 * 9999999), tax numbers are random numbers with a valid check digit, e-mail and web addresses use
 * the reserved `.example` domain. The same seed always gives the same registry.
 */

/** An organisation as `organisationInputSchema` takes it. */
export type SyntheticOrganisation = {
	name: string;
	shortName?: string;
	legalForm: keyof typeof namePatterns;
	registrationNumber?: string;
	taxNumber?: string;
	street?: string;
	postalCode?: string;
	city: string;
	municipalityCode: string;
	email?: string;
	website?: string;
	fields: string[];
	publicInterest: { field: string; decidedOn: string | null }[];
};

/** What a deliberately bad row has wrong, so the importer has something to reject. */
export type BadRowProblem = 'tax_number_check_digit' | 'municipality_unknown' | 'name_missing';

export type SyntheticRow = { organisation: SyntheticOrganisation; problem?: BadRowProblem; duplicateOf?: number };

/**
 * Shares of legal forms among Slovenian NGOs (≈ 27,500: ≈ 23,500 societies incl. federations,
 * ≈ 3,800 institutes, ≈ 260 foundations, a few cooperatives), rounded.
 */
export const legalFormShares: Record<SyntheticOrganisation['legalForm'], number> = {
	association: 0.82,
	federation: 0.03,
	private_institute: 0.14,
	foundation: 0.009,
	cooperative: 0.001
};

/** The first synthetic registration number: a block of its own, see above. */
export const syntheticRegistrationBase = 9_000_000;
const syntheticRegistrationSpan = 1_000_000;

/** mulberry32: small, fast and good enough for synthetic data; seeded, so repeatable. */
export function createRandom(seed: number | string) {
	// the seed as text (FNV-1a), so `--seed 7` on the command line and `seed: 7` in code agree
	let state = [...String(seed)].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const integer = (below: number) => Math.floor(next() * below);
	const pick = <T>(items: readonly T[]): T => items[integer(items.length)]!;
	const weighted = <T>(items: readonly T[], weightOf: (item: T) => number): T => {
		const total = items.reduce((sum, item) => sum + weightOf(item), 0);
		let point = next() * total;
		for (const item of items) {
			point -= weightOf(item);
			if (point < 0) return item;
		}
		return items[items.length - 1]!;
	};
	return { next, integer, pick, weighted, chance: (probability: number) => next() < probability };
}

type Random = ReturnType<typeof createRandom>;

/** A tax number (8 digits, mod-11 check digit) not drawn before. */
function drawTaxNumber(random: Random, used: Set<string>): string {
	for (;;) {
		const firstSeven = String(1_000_000 + random.integer(9_000_000));
		const check = taxNumberCheckDigit(firstSeven);
		const number = `${firstSeven}${check}`;
		if (check !== undefined && !used.has(number)) {
			used.add(number);
			return number;
		}
	}
}

function drawRegistrationNumber(random: Random, used: Set<string>): string {
	for (;;) {
		const number = String(syntheticRegistrationBase + random.integer(syntheticRegistrationSpan));
		if (!used.has(number)) {
			used.add(number);
			return number;
		}
	}
}

/** The same tax number with a wrong last digit: what a typo on an invoice looks like. */
export function withWrongCheckDigit(taxNumber: string): string {
	const last = Number(taxNumber[7]);
	return `${taxNumber.slice(0, 7)}${(last + 1) % 10}`;
}

const slugOf = (text: string) => foldText(text).replace(/ /g, '-').slice(0, 50).replace(/-+$/, '');

function fillPattern(template: string, values: { place: string; element: string; cause: string }): string {
	return template.replace('{place}', values.place).replace('{element}', values.element).replace('{cause}', values.cause);
}

function drawDate(random: Random, fromYear: number, toYear: number): string {
	const year = fromYear + random.integer(toYear - fromYear + 1);
	const month = 1 + random.integer(12);
	const day = 1 + random.integer(28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Names are unique in a municipality by their words in any order, so the registry does not hold
 * "Zavod za trajnostni razvoj Lipa" beside "Lipa, zavod za trajnostni razvoj" (one organisation).
 */
const nameKey = (municipalityCode: string, name: string) => `${municipalityCode} ${[...new Set(foldText(name).split(' '))].sort().join(' ')}`;

/** One organisation of the given form, its name not yet used in its municipality. */
function drawOrganisation(random: Random, namesTaken: Set<string>, identifiers: { tax: Set<string>; registration: Set<string> }): SyntheticOrganisation {
	const legalForm = random.weighted(Object.keys(legalFormShares) as SyntheticOrganisation['legalForm'][], (form) => legalFormShares[form]);
	const municipalityCode = random.weighted(municipalityWeights, (entry) => entry.weight).code;
	const municipality = municipalityByCode(municipalityCode)!;
	let pattern: NamePattern;
	let place: string;
	let cause: (typeof causes)[number];
	let element: string;
	let name: string;
	let attempt = 0;
	do {
		pattern = random.weighted(namePatterns[legalForm], (candidate) => candidate.weight);
		place = random.chance(0.45) ? municipality.name : random.pick(settlementNames);
		cause = random.pick(causes);
		element = random.pick(nameElements);
		name = fillPattern(pattern.name, { place, element, cause: cause.text });
		// a big municipality runs out of plain combinations: as in reality, a second word tells them apart
		if (attempt > 10) name = `${name} ${random.pick(nameElements)}`;
		attempt++;
	} while (namesTaken.has(nameKey(municipalityCode, name)));
	namesTaken.add(nameKey(municipalityCode, name));
	const fields = pattern.fields.length > 0 ? [...pattern.fields] : [cause.field];
	if (random.chance(0.2)) {
		const extra = random.pick(causes).field;
		if (!fields.includes(extra)) fields.push(extra);
	}
	const publicInterest = random.chance(pattern.publicInterest) ? [{ field: fields[0]!, decidedOn: drawDate(random, 1998, 2024) }] : [];
	const shortName = pattern.shortName ? fillPattern(pattern.shortName, { place, element, cause: '' }) : undefined;
	const slug = slugOf(`${shortName ?? name} ${municipality.name}`);
	const postalCode = place === municipality.name ? seatPostalCodes[municipality.name] : undefined;
	return {
		name,
		...(shortName ? { shortName } : {}),
		legalForm,
		registrationNumber: drawRegistrationNumber(random, identifiers.registration),
		taxNumber: drawTaxNumber(random, identifiers.tax),
		street: `${random.pick(streetNames)} ${1 + random.integer(120)}`,
		...(postalCode ? { postalCode } : {}),
		city: place,
		municipalityCode,
		email: `info@${slug}.example`,
		...(random.chance(0.3) ? { website: `https://www.${slug}.example/` } : {}),
		fields,
		publicInterest
	};
}

/**
 * A near copy of an organisation, as a registry collects them: typed again by hand without the
 * identifiers, with diacritics dropped or the short name as the name, in the same municipality.
 */
function driftedCopy(random: Random, original: SyntheticOrganisation): SyntheticOrganisation {
	const variants = [
		() => foldText(original.name).replace(/^./, (letter) => letter.toUpperCase()),
		() => original.name.replace(/ društvo /i, ' drustvo '),
		() => original.name.replace(/(\p{L})(\p{L})(\s|$)/u, '$2$1$3'),
		() => `${original.name}, ${original.city}`
	];
	const name = random.pick(variants)();
	const keepsTaxNumber = random.chance(0.3);
	return {
		name: name === original.name ? `${name} ${original.city}` : name,
		legalForm: original.legalForm,
		...(keepsTaxNumber && original.taxNumber ? { taxNumber: original.taxNumber } : {}),
		city: original.city,
		municipalityCode: original.municipalityCode,
		fields: original.fields.slice(0, 1),
		publicInterest: []
	};
}

function spoiled(organisation: SyntheticOrganisation, problem: BadRowProblem): SyntheticOrganisation {
	switch (problem) {
		case 'tax_number_check_digit':
			return { ...organisation, taxNumber: withWrongCheckDigit(organisation.taxNumber!) };
		case 'municipality_unknown':
			// 145 is the one number GURS never gave a municipality
			return { ...organisation, municipalityCode: '145' };
		case 'name_missing':
			return { ...organisation, name: '' };
	}
}

const badRowProblems: readonly BadRowProblem[] = ['tax_number_check_digit', 'municipality_unknown', 'name_missing'];

/**
 * `count` organisations, deterministic for `seed`; with `badRows`, that many of them are spoiled
 * in the typical ways (spread evenly, problems in turn); with `duplicates`, that many near copies
 * of earlier rows are added (not counted in `count`) to try the detection of duplicates on.
 */
export function generateRegistry({
	count,
	seed = 1,
	badRows = 0,
	duplicates = 0
}: {
	count: number;
	seed?: number | string;
	badRows?: number;
	duplicates?: number;
}): SyntheticRow[] {
	if (count > syntheticRegistrationSpan / 2) throw new Error(`At most ${syntheticRegistrationSpan / 2} synthetic organisations`);
	const random = createRandom(seed);
	const namesTaken = new Set<string>();
	const identifiers = { tax: new Set<string>(), registration: new Set<string>() };
	const rows: SyntheticRow[] = [];
	for (let index = 0; index < count; index++) rows.push({ organisation: drawOrganisation(random, namesTaken, identifiers) });
	const bad = Math.min(badRows, count);
	for (let turn = 0; turn < bad; turn++) {
		const index = Math.floor(((turn + 0.5) * count) / bad);
		const problem = badRowProblems[turn % badRowProblems.length]!;
		rows[index] = { organisation: spoiled(rows[index]!.organisation, problem), problem };
	}
	for (let turn = 0; turn < duplicates && count > 0; turn++) {
		const originalIndex = random.integer(count);
		const original = rows[originalIndex]!;
		if (original.problem) continue;
		rows.push({ organisation: driftedCopy(random, original.organisation), duplicateOf: originalIndex });
	}
	return rows;
}
