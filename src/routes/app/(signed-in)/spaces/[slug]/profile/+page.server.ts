import { fail } from '@sveltejs/kit';
import { ZodError, type core } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { applyRowChange, rowChangeOf, rowCount } from '#lib/components/ui/repeating-rows.ts';
import { getApp } from '#lib/server/app.ts';
import { expectedVersionOfForm, failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { fieldsToChanges, profileRowLists, profileToFields, rowCounts, type FormFields } from '#lib/server/spaces/profile-form.ts';
import { changedKeys, fieldsOfSection, profileSection, profileSections, withSection } from '#lib/server/spaces/profile-sections.ts';
import { spaceChangesSchema } from '#lib/server/spaces/spaces.schemas.ts';
import { getSpaceForEditing, updateSpace } from '#lib/server/spaces/spaces.usecases.ts';
import { problemOfIssue } from '#lib/shared/form-problems.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = await getSpaceForEditing({ db, actor: locals.actor, slug: params.slug }).catch(rethrowForPage);
	const fields = profileToFields(space);
	const section = profileSection(url.searchParams.get('section'));
	return {
		slug: space.slug,
		name: space.name,
		section,
		sections: profileSections.map(({ id }) => ({ id, filled: Object.values(fieldsOfSection(fields, id)).some((text) => text.trim() !== '') })),
		// the version the part is filled from, sent back to refuse saving over a change made meanwhile
		fields: { ...fieldsOfSection(fields, section), updatedAt: space.updatedAt },
		rows: rowCounts(fields)
	};
};

/** The rows of each list as the form was sent: a form that comes back shows them all again, no more. */
const sentRowCounts = (fields: FormFields) => Object.fromEntries(profileRowLists.map((list) => [list, rowCount(fields, list)]));

/** A zod issue's kind of problem; the one refinement of the profile is the project's end before its start. */
const problemOf = (issue: core.$ZodIssue) => (issue.code === 'custom' && issue.path.at(-1) === 'endDate' ? 'problem_end_before_start' : problemOfIssue(issue));

export const actions: Actions = {
	/**
	 * Saves the section the form was sent from: the saved profile with that section's fields as
	 * sent, so a save changes nothing another section holds. Without JavaScript the page comes back
	 * with that section alone, as it was sent (rows added or removed, or a problem beside a field).
	 */
	default: async ({ request, params, locals }) => {
		const sent = formValues(await request.formData());
		const section = profileSection(sent.section);
		// a row's button asks for the form back with a row more or less, saving nothing
		const rowChange = rowChangeOf(sent, profileRowLists);
		if (rowChange) return applyRowChange(sent, sentRowCounts(sent), rowChange);

		const { db } = await getApp();
		const space = await getSpaceForEditing({ db, actor: locals.actor, slug: params.slug }).catch(rethrowForPage);
		const { changes, fieldOf } = fieldsToChanges(withSection(profileToFields(space), sent, section));
		const sectionChanges = Object.fromEntries(changedKeys(section).map((key) => [key, changes[key]]));
		// every problem the schema finds, at once
		const problems: Record<string, string> = {};
		const addIssues = (issues: core.$ZodIssue[]) => {
			for (const issue of issues) problems[fieldOf(issue.path)] ??= problemOf(issue);
		};
		const checked = spaceChangesSchema.safeParse(sectionChanges);
		if (!checked.success) addIssues(checked.error.issues);
		const rejected = () => fail(400, { values: sent, rows: sentRowCounts(sent), errors: problems });
		if (Object.keys(problems).length > 0) return rejected();

		try {
			await updateSpace({
				db,
				context: { actor: locals.actor, source: 'form' },
				slug: params.slug,
				changes: sectionChanges,
				...expectedVersionOfForm(sent)
			});
		} catch (error) {
			if (!(error instanceof ZodError)) return failForm(error, sent);
			addIssues(error.issues);
			return rejected();
		}
		return { saved: section };
	}
};
