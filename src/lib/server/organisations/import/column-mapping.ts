import { foldText } from '../../../reference/fold-text.ts';
import { municipalityByName } from '../../../reference/municipalities.ts';
import { isOurColumn, legalFormInName, legalFormOf, ourColumns, type FileRecord, type OurColumn } from './file-format.ts';
import { importMappingColumnMissing, importMappingNeeded, importMappingRequired, importMappingUnknownColumn } from './import.errors.ts';

/** Our column → the file's column, for layouts other than ours. */
export type ColumnMapping = Partial<Record<OurColumn, string>>;

/** How a value is made from the file's columns when it is not simply copied. */
export type SourceRule =
	'joined' | 'main_unit_number' | 'legal_form_or_name' | 'postal_code_digits' | 'city_or_post' | 'municipality_code_or_name' | 'website_scheme';

/** Where one of our columns comes from: the file's columns and, for presets, the rule. */
export type ColumnSource = { column: OurColumn; from: string[]; rule?: SourceRule };

export type Layout = {
	kind: 'ours' | 'ajpes' | 'mapped';
	sources: ColumnSource[];
	/** A data row as our columns; columns without a source are absent. */
	read: (values: string[]) => FileRecord;
};

const requiredColumns: OurColumn[] = ['name', 'legal_form'];

/** A header cell as compared: folded, words joined by `_` (`Matična št.` → `maticna_st`). */
export function normalizeHeader(name: string): string {
	return foldText(name).replace(/ /g, '_');
}

/**
 * How to read a file with this header: by the explicit mapping when one is given, else our own
 * layout (every column one of ours, in any order), else an AJPES register extract. Any other
 * header needs a mapping (`import_mapping_needed`).
 */
export function resolveLayout(header: string[], mapping?: ColumnMapping): Layout {
	const given = Object.entries(mapping ?? {}).filter(([, fileColumn]) => fileColumn?.trim());
	if (given.length > 0) return mappedLayout(header, Object.fromEntries(given));
	const normalized = header.map(normalizeHeader);
	if (normalized.every(isOurColumn) && requiredColumns.every((column) => normalized.includes(column))) {
		return mappedLayout(header, Object.fromEntries(normalized.map((column, index) => [column, header[index]!])), 'ours');
	}
	if (normalized.includes('maticna') && ['popolno_ime', 'naziv'].some((name) => normalized.includes(name))) return ajpesLayout(header);
	throw importMappingNeeded(header);
}

/** Our columns with a file column of the same name, to start a mapping form from. */
export function guessMapping(header: string[]): ColumnMapping {
	const guess: ColumnMapping = {};
	for (const name of header) {
		const normalized = normalizeHeader(name);
		if (isOurColumn(normalized)) guess[normalized] = name;
	}
	return guess;
}

function mappedLayout(header: string[], mapping: Record<string, string>, kind: 'ours' | 'mapped' = 'mapped'): Layout {
	const indexOf = new Map(header.map((name, index) => [normalizeHeader(name), index]));
	const sources: (ColumnSource & { index: number })[] = [];
	for (const [column, fileColumn] of Object.entries(mapping)) {
		if (!isOurColumn(column)) throw importMappingUnknownColumn(column);
		const index = indexOf.get(normalizeHeader(fileColumn));
		if (index === undefined) throw importMappingColumnMissing(column, fileColumn);
		sources.push({ column, from: [header[index]!], index });
	}
	const missing = requiredColumns.filter((column) => !sources.some((source) => source.column === column));
	if (missing.length > 0) throw importMappingRequired(missing);
	sources.sort((a, b) => ourColumns.indexOf(a.column) - ourColumns.indexOf(b.column));
	return {
		kind,
		sources: sources.map(({ column, from }) => ({ column, from })),
		read: (values) => Object.fromEntries(sources.map(({ column, index }) => [column, values[index] ?? '']))
	};
}

/** The first of these columns that the header has. */
function findColumn(header: string[], names: string[]): { name: string; index: number } | undefined {
	const normalized = header.map(normalizeHeader);
	for (const name of names) {
		const index = normalized.indexOf(name);
		if (index >= 0) return { name: header[index]!, index };
	}
	return undefined;
}

/**
 * A house number as addresses write it: PRS pads numbers (`005`) and writes the suffix apart
 * and in capitals (`A`); a `/` suffix means none.
 */
export function houseNumberOf(number: string, suffix: string): string {
	const digits = number.trim().replace(/^0+(?=\d)/, '');
	const letter = suffix.trim() === '/' ? '' : suffix.trim().toLowerCase();
	return digits ? `${digits}${letter}` : '';
}

/**
 * An extract of the AJPES business register (Poslovni register Slovenije, PRS): its column names
 * are matched ignoring case and diacritics. PRS's own columns come first in each list (MATICNA,
 * POPOLNO_IME, KRATKO_IME, OBLIKA, ST_DAVCNA, ULICA, ULICA_HS, ULICA_HS_D, NASELJE,
 * POSTNA_STEVILKA, POSTNI_KRAJ, OBCINA_SIF, OBCINA), then the names other extracts use. The
 * address is the postal one: street (or, in a settlement without streets, the settlement) with
 * its house number, and the post office's number and name. Fields of work are not in the
 * register and stay as they are.
 */
function ajpesLayout(header: string[]): Layout {
	const find = (...names: string[]) => findColumn(header, names);
	const columns = {
		registrationNumber: find('maticna', 'maticna_stevilka', 'maticna_st'),
		taxNumber: find('st_davcna', 'davcna', 'davcna_stevilka', 'davcna_st', 'id_za_ddv'),
		name: find('popolno_ime', 'naziv'),
		shortName: find('kratko_ime', 'skrajsano_ime'),
		legalForm: find('oblika', 'pravna_oblika', 'pravnoorganizacijska_oblika'),
		street: find('ulica'),
		houseNumber: find('ulica_hs', 'hs', 'hs_stevilka', 'hisna_stevilka'),
		houseNumberSuffix: find('ulica_hs_d', 'hs_d', 'hs_dodatek', 'dodatek_hs', 'dodatek'),
		settlement: find('naselje', 'naselje_ime', 'kraj'),
		postalCode: find('postna_stevilka', 'postna_st', 'posta_st'),
		postOffice: find('postni_kraj', 'posta', 'ime_poste'),
		municipalityCode: find('obcina_sif', 'obcina_sifra', 'sifra_obcine'),
		municipalityName: find('obcina', 'obcina_ime'),
		email: find('email', 'e_posta', 'e_mail', 'eposta', 'elektronski_naslov'),
		website: find('spletna_stran', 'url', 'www', 'splet')
	};
	type Found = { name: string; index: number } | undefined;
	const names = (...found: Found[]) => found.filter((column) => column !== undefined).map((column) => column.name);
	const postalSource = columns.postalCode ?? columns.postOffice;
	const citySource = columns.postOffice ?? columns.settlement;

	const sources: ColumnSource[] = [
		{ column: 'registration_number' as const, from: names(columns.registrationNumber), rule: 'main_unit_number' as const },
		{ column: 'tax_number' as const, from: names(columns.taxNumber) },
		{ column: 'name' as const, from: names(columns.name) },
		{ column: 'short_name' as const, from: names(columns.shortName) },
		{ column: 'legal_form' as const, from: names(columns.legalForm, columns.name), rule: 'legal_form_or_name' as const },
		{
			column: 'street' as const,
			from: names(columns.street, columns.houseNumber, columns.houseNumberSuffix, ...(columns.houseNumber ? [columns.settlement] : [])),
			rule: 'joined' as const
		},
		{ column: 'postal_code' as const, from: names(postalSource), rule: 'postal_code_digits' as const },
		{ column: 'city' as const, from: names(citySource), rule: citySource === columns.postOffice ? ('city_or_post' as const) : undefined },
		{
			column: 'municipality_code' as const,
			from: names(columns.municipalityCode, columns.municipalityName),
			rule: columns.municipalityName ? ('municipality_code_or_name' as const) : undefined
		},
		{ column: 'email' as const, from: names(columns.email) },
		{ column: 'website' as const, from: names(columns.website), rule: 'website_scheme' as const }
	].filter((source) => source.from.length > 0);

	function read(values: string[]): FileRecord {
		const cell = (column: Found) => (column ? (values[column.index] ?? '').trim() : '');
		const record: FileRecord = {};
		const has = (column: OurColumn) => sources.some((source) => source.column === column);
		if (has('registration_number')) record.registration_number = cell(columns.registrationNumber);
		if (has('tax_number')) record.tax_number = cell(columns.taxNumber).replace(/^SI\s*/i, '');
		record.name = cell(columns.name);
		if (has('short_name')) record.short_name = cell(columns.shortName);
		record.legal_form = legalFormOfRegister(cell(columns.legalForm), record.name);
		if (has('street')) {
			const number = houseNumberOf(cell(columns.houseNumber), cell(columns.houseNumberSuffix));
			// a settlement without streets: its name takes the street's place ("Rogla 65a")
			const street = cell(columns.street) || (number ? cell(columns.settlement) : '');
			record.street = [street, number].filter(Boolean).join(' ');
		}
		if (has('postal_code')) {
			const postal = cell(postalSource);
			record.postal_code = postal.match(/^\d{4}/)?.[0] ?? postal;
		}
		if (has('city')) record.city = cell(citySource).replace(/^\d{4}\s*/, '');
		if (has('municipality_code')) {
			const byName = cell(columns.municipalityName);
			record.municipality_code = cell(columns.municipalityCode) || (byName && (municipalityByName(byName)?.code ?? byName));
		}
		if (has('email')) record.email = cell(columns.email);
		if (has('website')) {
			const website = cell(columns.website);
			record.website = website && !/^https?:\/\//i.test(website) ? `https://${website}` : website;
		}
		return record;
	}

	return { kind: 'ajpes', sources, read };
}

/**
 * The legal form a register's row states. PRS names one form for societies and their federations
 * ("Društvo, zveza društev"): the name tells which. A form we do not know is left for the
 * validation to name, unless the name states one.
 */
function legalFormOfRegister(statedForm: string, name: string): string {
	const folded = foldText(statedForm);
	if (folded === 'drustvo zveza drustev') return legalFormInName(name) === 'federation' ? 'federation' : 'association';
	// "Ustanova (fundacija)", "Zasebni zavod – …": the form's words within a longer label
	return (statedForm && (legalFormOf(statedForm) ?? legalFormInName(statedForm))) || legalFormInName(name) || statedForm;
}
