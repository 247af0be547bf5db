import type { OrganisationInput } from './organisations.schemas.ts';

/**
 * An organisation as flat form fields and back. Aliases are numbered rows (`aliases.0`, …) with
 * one empty row to add another; fields of work and public-interest status are one checkbox per
 * field (`field.culture`, `publicInterest.culture`) with the decision date beside it
 * (`publicInterestDate.culture`). It all works without JavaScript.
 */
export type FormFields = Record<string, string>;

const textKeys = ['name', 'shortName', 'legalForm', 'registrationNumber', 'taxNumber', 'street', 'postalCode', 'city', 'email', 'website'] as const;
const optionalKeys = ['shortName', 'registrationNumber', 'taxNumber', 'street', 'postalCode', 'city', 'municipalityCode', 'email', 'website'] as const;

export function organisationToFields(organisation: OrganisationInput): FormFields {
	const fields: FormFields = {};
	for (const key of textKeys) fields[key] = organisation[key] ?? '';
	fields.municipalityCode = organisation.municipalityCode ?? '';
	organisation.aliases.forEach((alias, index) => (fields[`aliases.${index}`] = alias));
	for (const code of organisation.fields) fields[`field.${code}`] = 'on';
	for (const decision of organisation.publicInterest) {
		fields[`publicInterest.${decision.field}`] = 'on';
		fields[`publicInterestDate.${decision.field}`] = decision.decidedOn ?? '';
	}
	if (organisation.donationEligible) fields.donationEligible = 'on';
	return fields;
}

/** How many alias rows the form shows: those filled in and one empty row to add another. */
export function aliasRowCount(fields: FormFields): number {
	const indexes = Object.keys(fields)
		.filter((key) => key.startsWith('aliases.'))
		.map((key) => Number(key.slice('aliases.'.length)))
		.filter(Number.isInteger);
	return indexes.length ? Math.max(...indexes) + 2 : 1;
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
	// a decision date without the box ticked still says the status was granted
	const publicInterest = [...new Set([...checkedCodes(fields, 'publicInterest.'), ...checkedCodes(fields, 'publicInterestDate.')])];
	changes.publicInterest = publicInterest.map((field) => ({ field, decidedOn: value(`publicInterestDate.${field}`) }));
	changes.donationEligible = fields.donationEligible === 'on';

	function fieldOf(path: PropertyKey[]): string {
		const [head, index, part] = path.map(String);
		if (!head) return 'form';
		if (head === 'aliases' && index !== undefined) return `aliases.${aliasRows[Number(index)]}`;
		if (head === 'publicInterest' && index !== undefined) {
			const field = publicInterest[Number(index)];
			return part === 'decidedOn' ? `publicInterestDate.${field}` : `publicInterest.${field}`;
		}
		return head;
	}

	return { changes, fieldOf };
}

/** The changes as a new organisation: cleared fields are simply left out. */
export function newOrganisationOf(changes: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null));
}

type Issue = { code: string; message: string; path: PropertyKey[] };

/**
 * The problems of a rejected form by form field: refinements and patterns name theirs in snake
 * case (`tax_number_check_digit`), other issues go by their kind (`invalid_too_small`). The first per field wins.
 */
export function problemsOf(issues: readonly Issue[], fieldOf: (path: PropertyKey[]) => string): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const issue of issues) {
		// zod's own messages are sentences; a snake-case one is a name the schema gave (also on a regex)
		const named = /^[a-z][a-z0-9_]*$/.test(issue.message);
		problems[fieldOf(issue.path)] ??= named ? issue.message : `invalid_${issue.code}`;
	}
	return problems;
}
