import { error, fail } from '@sveltejs/kit';
import { ZodError, type core } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { applyRowChange, rowChangeOf } from '#lib/components/ui/repeating-rows.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { projectListsOf, projectRowCounts, projectRowLists } from '#lib/projects/project-form-rows.ts';
import { getApp } from '#lib/server/app.ts';
import { expectedVersionOfForm, failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { projectChangesSchema } from '#lib/server/projects/basics/project-basics.schemas.ts';
import { changeProject } from '#lib/server/projects/basics/project-basics.usecases.ts';
import { projectFormSection, projectFormSections, projectToFields, sectionToChanges } from '#lib/server/projects/basics/project-form.ts';
import { getProject } from '#lib/server/projects/details/project-details.usecases.ts';
import { projectsPolicy } from '#lib/server/projects/projects.policy.ts';
import { listProjects } from '#lib/server/projects/projects.usecases.ts';
import { problemOfIssue } from '#lib/shared/form-problems.ts';

/** The project of this space the address names, for staff; another space's project is not found here. */
async function projectOfPage(locals: App.Locals, params: { slug: string; id: string }) {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	// who may edit is known before the project is looked up: an outsider learns nothing of which ids exist
	authorizePage(projectsPolicy, locals.actor, 'manage', { spaceId: space.id });
	const project = await getProject({ db, actor: locals.actor, which: { id: params.id } }).catch(rethrowForPage);
	if (project.space.id !== space.id) error(404, 'Not found');
	return { db, space, project };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db, space, project } = await projectOfPage(locals, params);
	// the other projects of the space, to choose the one this continues (staff only: refused to others)
	const others = (await listProjects({ db, actor: locals.actor, space, action: 'manage' }).catch(rethrowForPage)).filter(({ id }) => id !== project.id);
	const fields = projectToFields(project, getLocale());
	// an empty list shows one empty row to fill in (left empty, it is no row); specific objectives are added one by one
	const counts = projectRowCounts(fields);
	for (const list of projectRowLists) counts[list] = Math.max(1, counts[list] ?? 0);
	return {
		space,
		project: { id: project.id, title: project.title },
		section: projectFormSection(url.searchParams.get('section')),
		sections: projectFormSections,
		others: others.map(({ id, title, startsOn, endsOn }) => ({ id, title, startsOn, endsOn })),
		fields,
		rows: counts
	};
};

export const actions: Actions = {
	/**
	 * Saves the section the form was sent from, and nothing another section holds. A row's button
	 * asks for the form back with a row more or less, saving nothing (without JavaScript).
	 */
	default: async ({ request, params, locals }) => {
		const sent = formValues(await request.formData());
		const rows = projectRowCounts(sent);
		const rowChange = rowChangeOf(sent, projectListsOf(rows));
		if (rowChange) {
			const changed = applyRowChange(sent, rows, rowChange);
			return { values: changed.values, rows: projectRowCounts(changed.values, { list: rowChange.list, count: changed.rows[rowChange.list] ?? 0 }) };
		}

		const section = projectFormSection(sent.section);
		const { changes, fieldOf, problems } = sectionToChanges(section, sent);
		const addIssues = (issues: core.$ZodIssue[]) => {
			for (const issue of issues) problems[fieldOf(issue.path)] ??= problemOfIssue(issue);
		};
		const checked = projectChangesSchema.safeParse(changes);
		if (!checked.success) addIssues(checked.error.issues);
		const rejected = () => fail(400, { values: sent, rows, errors: problems });
		if (Object.keys(problems).length > 0) return rejected();

		const { db } = await getApp();
		try {
			await changeProject({ db, context: { actor: locals.actor, source: 'form' }, projectId: params.id, input: changes, ...expectedVersionOfForm(sent) });
		} catch (cause) {
			if (!(cause instanceof ZodError)) {
				const failure = failForm(cause, sent);
				return fail(failure.status, { ...failure.data, rows });
			}
			addIssues(cause.issues);
			return rejected();
		}
		return { saved: section };
	}
};
