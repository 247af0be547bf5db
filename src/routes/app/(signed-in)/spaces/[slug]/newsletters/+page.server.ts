import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listFields } from '#lib/server/fields/fields.usecases.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { refusedForm } from '#lib/server/newsletters/newsletters.pages.ts';
import { authorizePage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { newslettersPolicy } from '#lib/server/newsletters/newsletters.policy.ts';
import { createList, listCampaigns, listLists } from '#lib/server/newsletters/newsletters.usecases.ts';
import { regions } from '#lib/reference/regions.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(newslettersPolicy, locals.actor, 'manage', { spaceId: space.id });
	const [lists, campaigns, fields] = await Promise.all([
		listLists({ db, actor: locals.actor, space }),
		listCampaigns({ db, actor: locals.actor, space }),
		listFields({ db })
	]);
	return {
		space: { slug: space.slug, name: space.name },
		lists,
		campaigns,
		regions: regions.map((region) => ({ value: region.code, label: region.name })),
		fields: fields.map((field) => ({ value: field.code, name: field.name }))
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const { db, config } = await getApp();
		const space = spaceForPage(locals, params.slug);
		const values = formValues(await request.formData());
		try {
			await createList({
				db,
				context: { actor: locals.actor, source: 'form' },
				space,
				publicUrl: config.publicUrl,
				input: {
					nameSl: values.nameSl ?? '',
					nameEn: values.nameEn ?? '',
					audience: values.audience ?? '',
					regionCode: values.audience === 'region' ? values.regionCode || null : null,
					fieldCode: values.audience === 'field' ? values.fieldCode || null : null,
					digestFrequency: values.digestFrequency || 'none'
				}
			});
			return { created: true };
		} catch (error) {
			return refusedForm(error, values);
		}
	}
};
