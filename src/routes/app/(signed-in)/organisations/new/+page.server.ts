import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { listFields } from '#lib/server/fields/fields.usecases.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { newOrganisationOf } from '#lib/server/organisations/organisation-form.ts';
import { saveOrganisationForm } from '#lib/server/organisations/organisation-form-action.ts';
import { organisationsPolicy } from '#lib/server/organisations/organisations.policy.ts';
import { createOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { findLikelyDuplicatesOf, type DuplicateCandidate } from '#lib/server/organisations/duplicates/likely-duplicates.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { rowCount } from '#lib/components/ui/repeating-rows.ts';
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

/** The field of the notice's button: the person has seen the likely duplicates and creates it anyway. */
const createAnywayField = 'createAnyway';

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const { db } = await getApp();
		const data = await request.formData();
		const createAnyway = data.get(createAnywayField) === 'yes';
		data.delete(createAnywayField);
		const result = await saveOrganisationForm(data, async (changes) => {
			const input = newOrganisationOf(changes);
			if (!createAnyway) {
				authorize(organisationsPolicy, locals.actor, 'create');
				// before anything is written: an organisation the registry may already have is shown, with links
				const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : null);
				const candidate: DuplicateCandidate = {
					key: 'new',
					name: text('name') ?? '',
					municipalityCode: text('municipalityCode'),
					city: text('city'),
					taxNumber: text('taxNumber'),
					registrationNumber: text('registrationNumber')
				};
				const found = await findLikelyDuplicatesOf({ db, candidates: [candidate], perCandidate: 5 });
				const likelyDuplicates = found.get('new') ?? [];
				if (likelyDuplicates.length > 0) return { likelyDuplicates };
			}
			return { created: await createOrganisation({ db, context: { actor: locals.actor, source: 'form' }, input }) };
		});
		if (result.failure) return result.failure;
		if (result.edited) return result.edited;
		if ('likelyDuplicates' in result.saved!) {
			const values = formValues(data);
			return fail(409, { values, aliasRows: rowCount(values, 'aliases'), likelyDuplicates: result.saved.likelyDuplicates });
		}
		redirect(303, `${localHref(`/app/organisations/${result.saved!.created.id}`)}?created`);
	}
};
