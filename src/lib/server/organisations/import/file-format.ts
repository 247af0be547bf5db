import { foldText } from '../../../reference/fold-text.ts';
import { legalForms, type LegalForm } from '../../../reference/legal-forms.ts';
import type { OrganisationInput } from '../organisations.schemas.ts';
import type { ReadFormat } from './read-file.ts';

/**
 * Our own file layout, for export and import alike: one organisation per row, legal form and
 * fields of work by code, lists separated by `;`. A public-interest field may carry the date of
 * its decision after a colon (`culture:2020-05-04`).
 */
export const ourColumns = [
	'registration_number',
	'tax_number',
	'name',
	'short_name',
	'legal_form',
	'street',
	'postal_code',
	'city',
	'municipality_code',
	'email',
	'website',
	'fields',
	'public_interest_fields'
] as const;

export type OurColumn = (typeof ourColumns)[number];

/** A row as our columns name its values; a column the file does not have is absent. */
export type FileRecord = Partial<Record<OurColumn, string>>;

export const listSeparator = ';';

export function isOurColumn(name: string): name is OurColumn {
	return (ourColumns as readonly string[]).includes(name);
}

/** The input field each column fills (the schema's names), so problems can name the column. */
export const inputFieldOfColumn = {
	registration_number: 'registrationNumber',
	tax_number: 'taxNumber',
	name: 'name',
	short_name: 'shortName',
	legal_form: 'legalForm',
	street: 'street',
	postal_code: 'postalCode',
	city: 'city',
	municipality_code: 'municipalityCode',
	email: 'email',
	website: 'website',
	fields: 'fields',
	public_interest_fields: 'publicInterest'
} as const satisfies Record<OurColumn, keyof OrganisationInput>;

export const columnOfInputField = Object.fromEntries(Object.entries(inputFieldOfColumn).map(([column, field]) => [field, column])) as Record<string, OurColumn>;

/** An organisation as a row of our layout. */
export function toFileRecord(input: OrganisationInput): Record<OurColumn, string> {
	return {
		registration_number: input.registrationNumber ?? '',
		tax_number: input.taxNumber ?? '',
		name: input.name,
		short_name: input.shortName ?? '',
		legal_form: input.legalForm,
		street: input.street ?? '',
		postal_code: input.postalCode ?? '',
		city: input.city ?? '',
		municipality_code: input.municipalityCode ?? '',
		email: input.email ?? '',
		website: input.website ?? '',
		fields: input.fields.join(listSeparator),
		public_interest_fields: input.publicInterest
			.map((decision) => (decision.decidedOn ? `${decision.field}:${decision.decidedOn}` : decision.field))
			.join(listSeparator)
	};
}

/**
 * A CSV cell that starts with one of these is read by spreadsheets as a formula (OWASP's CSV
 * injection list): `=HYPERLINK(…)` would run when the file is opened. Quotes before them count too,
 * so that a quote we add can be told from one a person typed.
 */
const formulaStart = /^'*[=+\-@\t\r]/;
const neutralisedStart = /^'+[=+\-@\t\r]/;

/**
 * A cell as we write it to CSV: one that a spreadsheet would run as a formula gets a leading `'`
 * (shown as text). A cell that already starts with quotes before such a character gets one more,
 * so that `restoreNeutralisedCell` gives back exactly what was written: the two are inverses.
 */
export function neutraliseCell(value: string): string {
	return formulaStart.test(value) ? `'${value}` : value;
}

/** A CSV cell as it was before `neutraliseCell`: one leading `'` removed before a formula's start. */
export function restoreNeutralisedCell(value: string): string {
	return neutralisedStart.test(value) ? value.slice(1) : value;
}

/**
 * The values of a file's row as they were meant: CSV cells lose the quote our export put before a
 * formula's start; workbook cells are text already and stay as they are.
 */
export function cellsAsWritten(format: ReadFormat, values: string[]): string[] {
	return format === 'csv' ? values.map(restoreNeutralisedCell) : values;
}

function splitList(value: string): string[] {
	return value
		.split(listSeparator)
		.map((item) => item.trim())
		.filter(Boolean);
}

/**
 * The fields of an organisation input that a row gives, on top of `base` (the organisation as it
 * is, when the row updates one): a column the file has replaces the value, an empty cell clears
 * it, a column the file does not have leaves it as it is. Not validated yet.
 */
export function inputOfRecord(record: FileRecord, base: OrganisationInput | undefined): Record<string, unknown> {
	const input: Record<string, unknown> = base ? structuredClone(base) : { aliases: [], fields: [], publicInterest: [], donationEligible: false };
	for (const column of ourColumns) {
		const value = record[column]?.trim();
		if (value === undefined) continue;
		const field = inputFieldOfColumn[column];
		if (column === 'fields') input[field] = splitList(value);
		else if (column === 'public_interest_fields') input[field] = splitList(value).map(publicInterestOf);
		else if (value === '') delete input[field];
		else if (column === 'legal_form') input[field] = legalFormOf(value) ?? value;
		else input[field] = value;
	}
	return input;
}

function publicInterestOf(item: string): { field: string; decidedOn: string | null } {
	const [field = '', decidedOn] = item.split(':').map((part) => part.trim());
	return { field, decidedOn: decidedOn || null };
}

/** Legal forms as Slovenian registers and people write them, folded; the more specific first. */
const legalFormNames: [string, LegalForm][] = [
	['zveza drustev', 'federation'],
	['zveza', 'federation'],
	['drustvo', 'association'],
	['javni zavod', 'public_body'],
	['zasebni zavod', 'private_institute'],
	['zavod', 'private_institute'],
	['ustanova', 'foundation'],
	['fundacija', 'foundation'],
	['zadruga', 'cooperative'],
	['ministrstvo', 'public_body'],
	['drzavni organ', 'public_body'],
	['organ drzavne uprave', 'public_body'],
	['obcina', 'municipality'],
	['druzba z omejeno odgovornostjo', 'company'],
	['d o o', 'company'],
	['delniska druzba', 'company'],
	['d d', 'company'],
	['samostojni podjetnik', 'company'],
	['s p', 'company'],
	['mednarodna organizacija', 'international']
];

/** Our code for a legal form written as a code or by its Slovenian name; undefined when unknown. */
export function legalFormOf(text: string): LegalForm | undefined {
	const trimmed = text.trim();
	if ((legalForms as readonly string[]).includes(trimmed)) return trimmed as LegalForm;
	const folded = foldText(trimmed);
	return legalFormNames.find(([name]) => folded === name)?.[1];
}

/**
 * The legal form an organisation's name states (`Društvo …`, `Zavod …`, `… zveza društev`), for
 * register extracts without a legal-form column.
 */
export function legalFormInName(name: string): LegalForm | undefined {
	const words = ` ${foldText(name)} `;
	return legalFormNames.find(([form]) => form.length > 3 && words.includes(` ${form} `))?.[1];
}
