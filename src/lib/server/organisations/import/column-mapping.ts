import { foldText } from '../../../reference/fold-text.ts';
import { municipalityByName } from '../../../reference/municipalities.ts';
import { isOurColumn, legalFormInName, legalFormOf, ourColumns, type FileRecord, type OurColumn } from './file-format.ts';
import { importMappingColumnMissing, importMappingNeeded, importMappingRequired, importMappingUnknownColumn } from './import.errors.ts';

/** Our column → the file's column, for layouts other than ours. */
export type ColumnMapping = Partial<Record<OurColumn, string>>;

/** How a value is made from the file's columns when it is not simply copied. */
export type SourceRule = 'joined' | 'legal_form_or_name' | 'postal_code_digits' | 'city_or_post' | 'municipality_code_or_name' | 'website_scheme';

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
 * An extract of the AJPES business register (Poslovni register Slovenije): its column names are
 * matched ignoring case and diacritics. Fields of work are not in the register and stay as they are.
 */
function ajpesLayout(header: string[]): Layout {
	const find = (...names: string[]) => findColumn(header, names);
	const columns = {
		registrationNumber: find('maticna', 'maticna_stevilka', 'maticna_st'),
		taxNumber: find('davcna', 'davcna_stevilka', 'davcna_st', 'id_za_ddv'),
		name: find('popolno_ime', 'naziv'),
		shortName: find('kratko_ime', 'skrajsano_ime'),
		legalForm: find('pravna_oblika', 'pravnoorganizacijska_oblika', 'oblika'),
		street: find('ulica'),
		houseNumber: find('hs', 'hs_stevilka', 'hisna_stevilka'),
		houseNumberSuffix: find('hs_dodatek', 'dodatek_hs', 'dodatek'),
		postalCode: find('postna_st', 'postna_stevilka', 'posta_st'),
		post: find('posta', 'ime_poste'),
		city: find('naselje', 'kraj', 'naselje_ime'),
		municipalityCode: find('obcina_sif', 'obcina_sifra', 'sifra_obcine'),
		municipalityName: find('obcina_ime', 'obcina'),
		email: find('email', 'e_posta', 'e_mail', 'eposta', 'elektronski_naslov'),
		website: find('spletna_stran', 'url', 'www', 'splet')
	};
	type Found = { name: string; index: number } | undefined;
	const names = (...found: Found[]) => found.filter((column) => column !== undefined).map((column) => column.name);
	const postalSource = columns.postalCode ?? columns.post;
	const citySource = columns.city ?? columns.post;

	const sources: ColumnSource[] = [
		{ column: 'registration_number' as const, from: names(columns.registrationNumber) },
		{ column: 'tax_number' as const, from: names(columns.taxNumber) },
		{ column: 'name' as const, from: names(columns.name) },
		{ column: 'short_name' as const, from: names(columns.shortName) },
		{ column: 'legal_form' as const, from: names(columns.legalForm, columns.name), rule: 'legal_form_or_name' as const },
		{ column: 'street' as const, from: names(columns.street, columns.houseNumber, columns.houseNumberSuffix), rule: 'joined' as const },
		{ column: 'postal_code' as const, from: names(postalSource), rule: 'postal_code_digits' as const },
		{ column: 'city' as const, from: names(citySource), rule: columns.city ? undefined : ('city_or_post' as const) },
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
		if (has('tax_number')) record.tax_number = cell(columns.taxNumber);
		record.name = cell(columns.name);
		if (has('short_name')) record.short_name = cell(columns.shortName);
		const statedForm = cell(columns.legalForm);
		record.legal_form = (statedForm && legalFormOf(statedForm)) || legalFormInName(record.name) || statedForm;
		if (has('street')) {
			const number = `${cell(columns.houseNumber)}${cell(columns.houseNumberSuffix)}`;
			record.street = [cell(columns.street), number].filter(Boolean).join(' ');
		}
		if (has('postal_code')) {
			const postal = cell(postalSource);
			record.postal_code = postal.match(/^\d{4}/)?.[0] ?? postal;
		}
		if (has('city')) record.city = columns.city ? cell(columns.city) : cell(columns.post).replace(/^\d{4}\s*/, '');
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
