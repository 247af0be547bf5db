import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { postsSpaceOfPage, previewAction, relatedOptions, saveAction } from '#lib/server/posts/post-admin-pages.ts';
import { localParts } from '#lib/server/activities/local-time.ts';
import { dateForInput } from '#lib/server/shared/calendar-date.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = postsSpaceOfPage(locals, params.slug);
	// today, as people write it, is where most posts start
	const today = dateForInput(localParts(new Date()).date, getLocale());
	return { space, today, ...(await relatedOptions(db, space)) };
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const { db } = await getApp();
		return saveAction({ db, request, locals, space: postsSpaceOfPage(locals, params.slug) });
	},
	preview: async ({ request, params, locals }) => {
		postsSpaceOfPage(locals, params.slug);
		return previewAction(request);
	}
};
