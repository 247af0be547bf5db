import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { coverTextOfForm } from '#lib/server/projects/cover/project-cover.form.ts';
import { getProjectCoverInfo, removeProjectCover, setProjectCover } from '#lib/server/projects/cover/project-cover.usecases.ts';
import { getProject } from '#lib/server/projects/details/project-details.usecases.ts';
import { projectsPolicy } from '#lib/server/projects/projects.policy.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(projectsPolicy, locals.actor, 'manage', { spaceId: space.id });
	const project = await getProject({ db, actor: locals.actor, which: { id: params.id } }).catch(rethrowForPage);
	if (project.space.id !== space.id) error(404);
	return {
		space,
		project: { id: project.id, slug: project.slug, title: project.title },
		cover: await getProjectCoverInfo({ db, space, projectId: project.id })
	};
};

/** A refused file belongs to the file input; the words' problems to their fields. */
function coverFailure(cause: unknown, values: Record<string, string>) {
	if (isAppError(cause) && cause.code.startsWith('project_cover_')) return fail(httpStatusOf(cause), { values, errors: { cover: cause.code } });
	return failForm(cause, values);
}

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const file = data.get('cover');
		const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		try {
			const context = { actor: locals.actor, source: 'form' as const };
			await setProjectCover({ db, context, space: spaceOf(locals, params.slug), projectId: params.id, content, input: coverTextOfForm(data) });
		} catch (cause) {
			return coverFailure(cause, formValues(data));
		}
		return { saved: true };
	},

	remove: async ({ params, locals }) => {
		const { db } = await getApp();
		try {
			await removeProjectCover({ db, context: { actor: locals.actor, source: 'form' }, space: spaceOf(locals, params.slug), projectId: params.id });
		} catch (cause) {
			return coverFailure(cause, {});
		}
		return { removed: true };
	}
};
