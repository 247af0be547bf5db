import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { failForm, formValues } from '../http/forms.ts';
import { isAppError } from '../shared/errors.ts';
import { aliasRowCount, fieldsToOrganisation, newOrganisationOf, problemsOf, type FormFields } from './organisation-form.ts';
import { organisationInputSchema } from './organisations.schemas.ts';

const rejected = (fields: FormFields, errors: Record<string, string>, status = 400) =>
	fail(status, { values: fields, aliasRows: aliasRowCount(fields), errors });

/**
 * Reads the editor's form, checks it as a whole (every problem at once) and hands the result to
 * `save`; a refusal comes back with what was typed and an error beside each field.
 */
export async function saveOrganisationForm<T>(data: FormData, save: (changes: Record<string, unknown>) => Promise<T>) {
	const fields: FormFields = formValues(data);
	const { changes, fieldOf } = fieldsToOrganisation(fields);
	const checked = organisationInputSchema.safeParse(newOrganisationOf(changes));
	if (!checked.success) return { failure: rejected(fields, problemsOf(checked.error.issues, fieldOf)) };
	try {
		return { saved: await save(changes) };
	} catch (error) {
		if (error instanceof ZodError) return { failure: rejected(fields, problemsOf(error.issues, fieldOf)) };
		// the one domain error that belongs to a field
		if (isAppError(error) && error.code === 'registration_number_taken') {
			return { failure: rejected(fields, { registrationNumber: error.code }, 409) };
		}
		return { failure: failForm(error, fields) };
	}
}
