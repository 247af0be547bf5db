import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { consentPurposeSchema, personInputSchema } from '#lib/server/people/people.schemas.ts';
import { createPerson, organisationChoices } from '#lib/server/people/people.usecases.ts';
import { chosenOrganisation, dateOf, failPersonForm, optional, pickerSearch, withCandidates } from '../person-form.ts';

/** Member editors add people to their own organisation, chosen for them; others type one. */
export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getApp();
	return { choices: await organisationChoices({ db, actor: locals.actor, action: 'create' }).catch(rethrowForPage) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const searched = await pickerSearch(db, data, 'create');
		if (searched) return searched;
		const input = (organisationId: string) => ({
			name: String(data.get('name') ?? ''),
			email: optional(data, 'email'),
			phone: optional(data, 'phone'),
			affiliations: [{ organisationId, role: optional(data, 'role'), since: dateOf(data, 'since') }],
			// a box left unticked records nothing: no consent was asked for or given
			consents: consentPurposeSchema.options.filter((purpose) => data.has(`consent-${purpose}`)).map((purpose) => ({ purpose, granted: true }))
		});
		let id: string;
		try {
			const organisationId = await chosenOrganisation(db, data, (standIn) => personInputSchema.parse(input(standIn)));
			id = (await createPerson({ db, context: { actor: locals.actor, source: 'form' }, input: input(organisationId) })).id;
		} catch (error) {
			return withCandidates(db, data, failPersonForm(error, data, 'create'));
		}
		redirect(303, `${localHref(`/app/people/${id}`)}?created=1`);
	}
};
