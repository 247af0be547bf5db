import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { nameAndSlugOf } from '#lib/server/spaces/space-forms.ts';
import { archiveSpace, renameSpace, restoreSpace } from '#lib/server/spaces/space-life.usecases.ts';
import { spacesPolicy } from '#lib/server/spaces/spaces.policy.ts';

export const load: PageServerLoad = ({ params, locals, url }) => {
	const space = spaceForPage(locals, params.slug);
	authorizePage(spacesPolicy, locals.actor, 'manage');
	return {
		space: { slug: space.slug, name: space.name, archived: Boolean(space.archived) },
		// archiving is confirmed on a page of its own address, so that it works without JavaScript
		confirmingArchive: url.searchParams.has('archive') && !space.archived,
		done: url.searchParams.get('done')
	};
};

/** After a change the page is loaded anew (the space may have a new address, or be archived now). */
const settingsOf = (slug: string, done: string) => redirect(303, `${localHref(`/app/spaces/${slug}/settings`)}?done=${done}`);

export const actions: Actions = {
	rename: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		let slug: string;
		try {
			({ slug } = await renameSpace({ db, context: { actor: locals.actor, source: 'form' }, slug: params.slug, input: nameAndSlugOf(data) }));
		} catch (error) {
			return failForm(error, formValues(data));
		}
		settingsOf(slug, 'renamed');
	},

	archive: async ({ params, locals }) => {
		const { db } = await getApp();
		await archiveSpace({ db, context: { actor: locals.actor, source: 'form' }, slug: params.slug });
		settingsOf(params.slug, 'archived');
	},

	restore: async ({ params, locals }) => {
		const { db } = await getApp();
		await restoreSpace({ db, context: { actor: locals.actor, source: 'form' }, slug: params.slug });
		settingsOf(params.slug, 'restored');
	}
};
