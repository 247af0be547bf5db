import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { createProject, listProjects } from '#lib/server/projects/projects.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	return { space, projects: await listProjects({ db, actor: locals.actor, space, action: 'manage' }).catch(rethrowForPage) };
};

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const optional = (data: FormData, name: string) => text(data, name) || undefined;

export const actions: Actions = {
	create: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const project = await createProject({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				input: {
					title: { sl: text(data, 'title.sl'), en: optional(data, 'title.en') },
					acronym: optional(data, 'acronym'),
					slug: text(data, 'slug'),
					startsOn: text(data, 'startsOn'),
					endsOn: optional(data, 'endsOn')
				}
			});
			return { added: project.title };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	}
};
