import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { applyRowChange, rowChangeOf, rowCount } from '#lib/components/ui/repeating-rows.ts';
import { failForm, formValues } from '../http/forms.ts';
import { isAppError } from '../shared/errors.ts';
import { fieldsToOrganisation, newOrganisationOf, problemsOf, type FormFields } from './organisation-form.ts';
import { organisationInputSchema } from './organisations.schemas.ts';

// a form that comes back shows the other names' rows as it was sent, no more
const rejected = (fields: FormFields, errors: Record<string, string>, status = 400) =>
	fail(status, { values: fields, aliasRows: rowCount(fields, 'aliases'), errors });

/**
 * Reads the editor's form, checks it as a whole (every problem at once) and hands the result to
 * `save`; a refusal comes back with what was typed and an error beside each field. The button of
 * an other name's row asks for the form back (`edited`) with a row more or less, saving nothing.
 */
export async function saveOrganisationForm<T>(data: FormData, save: (changes: Record<string, unknown>) => Promise<T>) {
	const fields: FormFields = formValues(data);
	const rowChange = rowChangeOf(fields, ['aliases']);
	if (rowChange) {
		const { values, rows } = applyRowChange(fields, { aliases: rowCount(fields, 'aliases') }, rowChange);
		return { edited: { values, aliasRows: rows.aliases ?? 0 } };
	}
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
