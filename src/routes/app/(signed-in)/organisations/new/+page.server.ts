import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { listFields } from '#lib/server/fields/fields.usecases.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { newOrganisationOf } from '#lib/server/organisations/organisation-form.ts';
import { saveOrganisationForm } from '#lib/server/organisations/organisation-form-action.ts';
import { organisationsPolicy } from '#lib/server/organisations/organisations.policy.ts';
import { createOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { authorize } from '#lib/server/policy/policy.ts';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		authorize(organisationsPolicy, locals.actor, 'create');
	} catch (error) {
		rethrowForPage(error);
	}
	const { db } = await getApp();
	return { fields: await listFields({ db }) };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const { db } = await getApp();
		const result = await saveOrganisationForm(await request.formData(), (changes) =>
			createOrganisation({ db, context: { actor: locals.actor, source: 'form' }, input: newOrganisationOf(changes) })
		);
		if (result.failure) return result.failure;
		if (result.edited) return result.edited;
		redirect(303, `${localHref(`/app/organisations/${result.saved!.id}`)}?created`);
	}
};
