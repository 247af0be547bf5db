import { fail } from '@sveltejs/kit';
import { ZodError, type core } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { applyRowChange, rowChangeOf, rowCount } from '#lib/components/ui/repeating-rows.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getApp } from '#lib/server/app.ts';
import { expectedVersionOfForm, failForm, problemOfIssue } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { fieldsToChanges, profileRowLists, profileToFields, rowCounts, type FormFields } from '#lib/server/spaces/profile-form.ts';
import { spaceChangesSchema } from '#lib/server/spaces/spaces.schemas.ts';
import { getSpaceForEditing, updateSpace } from '#lib/server/spaces/spaces.usecases.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = await getSpaceForEditing({ db, actor: locals.actor, slug: params.slug }).catch(rethrowForPage);
	// the version the form is filled from, sent back to refuse saving over a change made meanwhile
	const fields = { ...profileToFields(space, getLocale()), updatedAt: space.updatedAt };
	return { slug: space.slug, name: space.name, fields, rows: rowCounts(fields) };
};

/** The rows of each list as the form was sent: a form that comes back shows them all again, no more. */
const sentRowCounts = (fields: FormFields) => Object.fromEntries(profileRowLists.map((list) => [list, rowCount(fields, list)]));

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const data = await request.formData();
		const fields: FormFields = {};
		for (const [name, value] of data) if (typeof value === 'string') fields[name] = value;
		// a row's button asks for the form back with a row more or less, saving nothing
		const rowChange = rowChangeOf(fields, profileRowLists);
		if (rowChange) return applyRowChange(fields, sentRowCounts(fields), rowChange);
		const { changes, errors, fieldOf } = fieldsToChanges(fields, getLocale());
		// every problem at once: what the form could not read, and what the schema rejects
		const problems = { ...errors };
		const addIssues = (issues: core.$ZodIssue[]) => {
			for (const issue of issues) problems[fieldOf(issue.path)] ??= problemOfIssue(issue);
		};
		const checked = spaceChangesSchema.safeParse(changes);
		if (!checked.success) addIssues(checked.error.issues);
		const rejected = () => fail(400, { values: fields, rows: sentRowCounts(fields), errors: problems });
		if (Object.keys(problems).length > 0) return rejected();

		const { db } = await getApp();
		try {
			await updateSpace({ db, context: { actor: locals.actor, source: 'form' }, slug: params.slug, changes, ...expectedVersionOfForm(data) });
		} catch (error) {
			if (!(error instanceof ZodError)) return failForm(error, fields);
			addIssues(error.issues);
			return rejected();
		}
		return { saved: true };
	}
};
