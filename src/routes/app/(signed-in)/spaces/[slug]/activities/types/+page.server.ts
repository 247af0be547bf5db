import type { Actions, PageServerLoad } from './$types';
import { activitiesSpaceOfPage, refusedSave } from '#lib/server/activities/activity-pages.ts';
import { addActivityType, listActivityTypes } from '#lib/server/activities/activities.usecases.ts';
import { getApp } from '#lib/server/app.ts';
import { formValues } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = activitiesSpaceOfPage(locals, params.slug);
	return { space, types: await listActivityTypes({ db, space }) };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const space = activitiesSpaceOfPage(locals, params.slug);
		const sent = formValues(await request.formData());
		const { db } = await getApp();
		try {
			const added = await addActivityType({
				db,
				context: { actor: locals.actor, source: 'form' },
				space,
				input: { code: sent.code ?? '', name: { sl: (sent['name.sl'] ?? '').trim(), en: (sent['name.en'] ?? '').trim() || undefined } }
			});
			return { added: added.name };
		} catch (cause) {
			return refusedSave(cause, sent);
		}
	}
};
