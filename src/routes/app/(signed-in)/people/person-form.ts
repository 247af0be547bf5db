import { z, ZodError } from 'zod';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import type { Database } from '#lib/server/db/client.ts';
import { pickOrganisation } from '#lib/server/people/organisation-picker.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

/** A form field's text, or undefined when left empty (optional fields are absent, not blank). */
export function optional(data: FormData, name: string): string | undefined {
	const value = String(data.get(name) ?? '').trim();
	return value === '' ? undefined : value;
}

/** Stands in for the organisation while the rest of a form is checked. */
const unresolved = '00000000-0000-0000-0000-000000000000';

/**
 * The organisation of an affiliation form: its id, chosen from a list (member editors), or a
 * registration number or exact name typed (everyone else); the use case checks the id. When
 * nothing matches, the rest of the form (`check`, given a stand-in id) is checked too, so one
 * submission names every problem.
 */
export async function chosenOrganisation(db: Database, data: FormData, check: (organisationId: string) => unknown): Promise<string> {
	const value = String(data.get('organisation') ?? '').trim();
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
