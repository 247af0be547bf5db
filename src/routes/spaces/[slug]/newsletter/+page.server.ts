import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { refusedForm } from '#lib/server/newsletters/newsletters.pages.ts';
import { spaceForPage } from '#lib/server/http/page-errors.ts';
import { signUp } from '#lib/server/newsletters/newsletters.signup.ts';
import { listNameIn, publicLists } from '#lib/server/newsletters/newsletters.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const locale = getLocale();
	const lists = (await publicLists(db, space.id)).map((list) => ({ id: list.id, name: listNameIn(list, locale) }));
	return { space: { slug: space.slug, name: space.name }, lists, chosen: url.searchParams.get('list') ?? lists[0]?.id ?? '' };
};

export const actions: Actions = {
	default: async ({ request, params, locals, getClientAddress }) => {
		const data = await request.formData();
		const values = formValues(data, ['website']);
		const { db, config, wakeJobRunner } = await getApp();
		spaceOf(locals, params.slug);
		try {
			const result = await signUp({
				db,
				listId: String(data.get('list') ?? ''),
				input: { email: String(data.get('email') ?? ''), locale: getLocale(), website: String(data.get('website') ?? '') },
				clientAddress: getClientAddress(),
				publicUrl: config.publicUrl
			});
			wakeJobRunner();
			return { result: { status: result.status, email: values.email?.trim() ?? '' } };
		} catch (error) {
			return refusedForm(error, values);
		}
	}
};
