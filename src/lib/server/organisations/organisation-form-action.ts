import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { applyRowChange, rowChangeOf, rowCount } from '#lib/components/ui/repeating-rows.ts';
import { failForm, formValues } from '../http/forms.ts';
import { isAppError } from '../shared/errors.ts';
import { fieldsToOrganisation, newOrganisationOf, organisationRowLists, problemsOf, type FormFields } from './organisation-form.ts';
import { organisationInputSchema } from './organisations.schemas.ts';

/** The rows of each list as the form was sent: a form that comes back shows them all again, no more. */
const sentRows = (fields: FormFields) => Object.fromEntries(organisationRowLists.map((list) => [list, rowCount(fields, list)]));

const rejected = (fields: FormFields, errors: Record<string, string>, status = 400) => fail(status, { values: fields, rows: sentRows(fields), errors });

/**
 * Reads the editor's form, checks it as a whole (every problem at once) and hands the result to
 * `save`; a refusal comes back with what was typed and an error beside each field. The button of
 * a row (an other name, a public-interest status) asks for the form back (`edited`) with a row
 * more or less, saving nothing.
 */
export async function saveOrganisationForm<T>(data: FormData, save: (changes: Record<string, unknown>) => Promise<T>) {
	const fields: FormFields = formValues(data);
	const rowChange = rowChangeOf(fields, organisationRowLists);
	if (rowChange) return { edited: applyRowChange(fields, sentRows(fields), rowChange) };
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
