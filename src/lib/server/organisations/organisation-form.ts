import { problemOfIssue } from '../../shared/form-problems.ts';
import { dateForInput, toIsoDate } from '../shared/calendar-date.ts';
import type { OrganisationInput } from './organisations.schemas.ts';

/**
 * An organisation as flat form fields and back. Aliases are numbered rows (`aliases.0`, …);
 * fields of work are one checkbox per field (`field.culture`), chosen in a compact list; each
 * public-interest status is a row of its field and decision date (`publicInterest.0.field`,
 * `publicInterest.0.decidedOn`, the date as people write it). It all works without JavaScript.
 */
export type FormFields = Record<string, string>;

/** The lists of the form that have rows to add and remove. */
export const organisationRowLists = ['aliases', 'publicInterest'] as const;

const textKeys = ['name', 'shortName', 'legalForm', 'registrationNumber', 'taxNumber', 'street', 'postalCode', 'city', 'email', 'website'] as const;
const optionalKeys = ['shortName', 'registrationNumber', 'taxNumber', 'street', 'postalCode', 'city', 'municipalityCode', 'email', 'website'] as const;

export function organisationToFields(organisation: OrganisationInput, locale: 'sl' | 'en'): FormFields {
	const fields: FormFields = {};
	for (const key of textKeys) fields[key] = organisation[key] ?? '';
	fields.municipalityCode = organisation.municipalityCode ?? '';
	organisation.aliases.forEach((alias, index) => (fields[`aliases.${index}`] = alias));
	for (const code of organisation.fields) fields[`field.${code}`] = 'on';
	organisation.publicInterest.forEach((decision, index) => {
		fields[`publicInterest.${index}.field`] = decision.field;
		fields[`publicInterest.${index}.decidedOn`] = dateForInput(decision.decidedOn, locale);
	});
	if (organisation.donationEligible) fields.donationEligible = 'on';
	return fields;
}

/**
 * How many rows each list shows: those the organisation has; no other name yet shows one empty row
 * to type into, no public-interest status its add button alone (most organisations have none).
 */
export function organisationRowCounts(organisation: Pick<OrganisationInput, 'aliases' | 'publicInterest'>): Record<string, number> {
	return { aliases: Math.max(organisation.aliases.length, 1), publicInterest: organisation.publicInterest.length };
}

export type ParsedOrganisationForm = {
	/** Every field of the organisation; empty optional fields are `null` (cleared). */
	changes: Record<string, unknown>;
	/** The form field that shows an error at a path of the organisation schema. */
	fieldOf: (path: PropertyKey[]) => string;
};

/** The codes checked in a group of checkboxes (`field.culture` → `culture`), in form order. */
function checkedCodes(fields: FormFields, prefix: string): string[] {
	return Object.entries(fields)
		.filter(([key, value]) => key.startsWith(prefix) && value !== '')
		.map(([key]) => key.slice(prefix.length));
}

export function fieldsToOrganisation(fields: FormFields): ParsedOrganisationForm {
	const value = (key: string) => fields[key]?.trim() || null;
	const changes: Record<string, unknown> = { name: fields.name?.trim() ?? '', legalForm: value('legalForm') ?? '' };
	for (const key of optionalKeys) changes[key] = value(key);

	const aliasRows = Object.keys(fields)
		.filter((key) => /^aliases\.\d+$/.test(key) && value(key))
		.map((key) => Number(key.slice('aliases.'.length)))
		.sort((a, b) => a - b);
	changes.aliases = aliasRows.map((row) => value(`aliases.${row}`));
	changes.fields = checkedCodes(fields, 'field.');
	// rows with anything in them, in form order; a date without a field is refused at the field
	const interestRows = [...new Set(Object.keys(fields).flatMap((key) => /^publicInterest\.(\d+)\./.exec(key)?.[1] ?? []))]
		.map(Number)
		.filter((row) => value(`publicInterest.${row}.field`) || value(`publicInterest.${row}.decidedOn`))
		.sort((a, b) => a - b);
	changes.publicInterest = interestRows.map((row) => ({
		field: value(`publicInterest.${row}.field`) ?? '',
		decidedOn: toIsoDate(value(`publicInterest.${row}.decidedOn`))
	}));
	changes.donationEligible = fields.donationEligible === 'on';

	function fieldOf(path: PropertyKey[]): string {
		const [head, index, part] = path.map(String);
		if (!head) return 'form';
		if (head === 'aliases' && index !== undefined) return `aliases.${aliasRows[Number(index)]}`;
		if (head === 'publicInterest' && index !== undefined)
			return `publicInterest.${interestRows[Number(index)]}.${part === 'decidedOn' ? 'decidedOn' : 'field'}`;
		return head;
	}

	return { changes, fieldOf };
}

/** The changes as a new organisation: cleared fields are simply left out. */
export function newOrganisationOf(changes: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null));
}

type Issue = Parameters<typeof problemOfIssue>[0] & { path: PropertyKey[] };

/**
 * The problems of a rejected form by form field: refinements and patterns name theirs in snake
 * case (`tax_number_check_digit`), other issues go by their kind (`problem_email`). The first per field wins.
 */
export function problemsOf(issues: readonly Issue[], fieldOf: (path: PropertyKey[]) => string): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const issue of issues) problems[fieldOf(issue.path)] ??= problemOfIssue(issue);
	return problems;
}
