import { z, ZodError } from 'zod';
import { pickerFieldNames } from '#lib/components/form/organisation-picker.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import type { Database } from '#lib/server/db/client.ts';
import { pickOrganisation, searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { toIsoDate } from '#lib/server/shared/calendar-date.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

const picker = pickerFieldNames('organisation');

/** A form field's text, or undefined when left empty (optional fields are absent, not blank). */
export function optional(data: FormData, name: string): string | undefined {
	const value = String(data.get(name) ?? '').trim();
	return value === '' ? undefined : value;
}

/** A date field as typed (`30. 9. 2023` or ISO) in ISO, for the schema to check; undefined when left empty. */
export function dateOf(data: FormData, name: string): string | undefined {
	const value = optional(data, name);
	return value === undefined ? undefined : String(toIsoDate(value));
}

/** Stands in for the organisation while the rest of a form is checked. */
const unresolved = '00000000-0000-0000-0000-000000000000';

/**
 * The organisation of an affiliation form: its id, chosen from a list (member editors) or in the
 * picker (its search results, or as you type), else a registration number or exact name typed;
 * the use case checks the id. When
 * nothing matches, the rest of the form (`check`, given a stand-in id) is checked too, so one
 * submission names every problem.
 */
export async function chosenOrganisation(db: Database, data: FormData, check: (organisationId: string) => unknown): Promise<string> {
	const picked = String(data.get(picker.id) ?? '').trim();
	if (z.uuid().safeParse(picked).success) return picked;
	const value = String(data.get(picker.query) ?? '').trim();
	if (z.uuid().safeParse(value).success) return value;
	try {
		return (await pickOrganisation({ db, typed: value })).id;
	} catch (error) {
		if (!isAppError(error)) throw error;
		let invalid: unknown;
		try {
			check(unresolved);
		} catch (caught) {
			invalid = caught;
		}
		if (!(invalid instanceof ZodError)) throw error;
		throw new ZodError([...invalid.issues, { code: 'custom', path: ['organisation'], message: error.code, input: value }]);
	}
}

const organisationProblems = new Set(['organisation_not_matched', 'organisation_ambiguous', 'organisation_not_found']);

/** The form field a problem belongs to: an affiliation's are under `affiliations.0.…` in the input. */
function fieldOf(key: string, code: string): string {
	if (key === 'form') return organisationProblems.has(code) ? 'organisation' : 'form';
	const field = key.replace(/^affiliations\.\d+\./, '');
	return field === 'organisationId' ? 'organisation' : field;
}

/** `failForm` with each problem beside the field of the form it came from; `intent` names the form. */
export function failPersonForm(error: unknown, data: FormData, intent: string) {
	const failure = failForm(error, { ...formValues(data), intent });
	const errors = failure.data.errors;
	failure.data.errors = Object.fromEntries(Object.entries(errors).map(([key, code]) => [fieldOf(key, code), code]));
	return failure;
}

/**
 * The picker's search button (without JavaScript): the form comes back as typed, with the
 * organisations that match to choose from, saving nothing. Undefined when another button sent it.
 */
export async function pickerSearch(db: Database, data: FormData, intent: string) {
	if (!data.has(picker.search)) return undefined;
	const candidates = await searchOrganisations({ db, typed: String(data.get(picker.query) ?? '') });
	const values: Record<string, string> = { ...formValues(data, [picker.search, picker.id]), intent };
	return { values, errors: {} as Record<string, string>, candidates };
}

/** A refused form whose organisation matched none or several: the ones that match what was typed, to choose from. */
export async function withCandidates<T extends { data: { errors: Record<string, string> } }>(db: Database, data: FormData, failure: T) {
	if (!failure.data.errors.organisation) return failure;
	const candidates = await searchOrganisations({ db, typed: String(data.get(picker.query) ?? '') });
	Object.assign(failure.data, { candidates });
	return failure;
}
