import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { getProject } from '#lib/server/projects/details/project-details.usecases.ts';
import { duplicateProject, proposedCopy } from '#lib/server/projects/duplicate/project-duplicate.usecases.ts';
import { projectsPolicy } from '#lib/server/projects/projects.policy.ts';
import { localHref } from '#lib/shared/links.ts';

/** The question before a copy is made, with the address and title the copy will have (changeable). */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(projectsPolicy, locals.actor, 'manage', { spaceId: space.id });
	const project = await getProject({ db, actor: locals.actor, which: { id: params.id } }).catch(rethrowForPage);
	if (project.space.id !== space.id) error(404, 'Not found');
	const copy = await proposedCopy({ db, project });
	return {
		space,
		project: { id: project.id, title: project.title },
		values: { slug: copy.slug, 'title.sl': copy.title.sl, 'title.en': copy.title.en ?? '' }
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const data = await request.formData();
		const values = formValues(data);
		const { db } = await getApp();
		let copyId: string;
		try {
			const { project } = await duplicateProject({
				db,
				context: { actor: locals.actor, source: 'form' },
				projectId: params.id,
				input: { slug: (values.slug ?? '').trim(), title: { sl: (values['title.sl'] ?? '').trim(), en: (values['title.en'] ?? '').trim() } }
			});
			copyId = project.id;
		} catch (cause) {
			return failForm(cause, values);
		}
		redirect(303, `${localHref(`/app/spaces/${params.slug}/projects/${copyId}`)}?copied`);
	}
};
