import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { listFields } from '#lib/server/fields/fields.usecases.ts';
import { expectedVersionOfForm, failForm } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';
import { isUuid } from '#lib/server/shared/uuid.ts';
import { logoVersion, removeLogo, uploadLogo } from '#lib/server/organisations/logo/logo.usecases.ts';
import { organisationRowCounts, organisationToFields } from '#lib/server/organisations/organisation-form.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { saveOrganisationForm } from '#lib/server/organisations/organisation-form-action.ts';
import { organisationNotFound } from '#lib/server/organisations/organisations.errors.ts';
import { organisationsPolicy } from '#lib/server/organisations/organisations.policy.ts';
import { getOrganisation, updateOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { authorize } from '#lib/server/policy/policy.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	try {
		// asked before looking the organisation up: whether an id exists is not everybody's business
		authorize(organisationsPolicy, locals.actor, 'update', { organisationIds: [params.id] });
		if (!isUuid(params.id)) throw organisationNotFound(params.id);
	} catch (error) {
		rethrowForPage(error);
	}
	const found = await getOrganisation({ db, id: params.id }).catch(rethrowForPage);
	if ('movedTo' in found) redirect(308, localHref(`/app/organisations/${found.movedTo}`));
	const { organisation } = found;
	// the version the form is filled from, sent back to refuse saving over a change made meanwhile
	const values = { ...organisationToFields(organisation, getLocale()), updatedAt: organisation.updatedAt };
	return {
		organisation: { id: organisation.id, name: organisation.name, hasLogo: organisation.hasLogo },
		logoVersion: await logoVersion({ db, organisationId: organisation.id }),
		values,
		rows: organisationRowCounts(organisation),
		fields: await listFields({ db })
	};
};

/** A refused logo change: its error belongs to the file input. */
function logoFailure(error: unknown) {
	if (!isAppError(error)) throw error;
	return fail(httpStatusOf(error), { intent: 'logo', errors: { logo: error.code } });
}

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const { db } = await getApp();
		// before the form is checked: someone who may not edit this organisation learns nothing from it
		try {
			authorize(organisationsPolicy, locals.actor, 'update', { organisationIds: [params.id] });
		} catch (error) {
			return failForm(error, {});
		}
		const data = await request.formData();
		const result = await saveOrganisationForm(data, (changes) =>
			updateOrganisation({ db, context: { actor: locals.actor, source: 'form' }, id: params.id, changes, ...expectedVersionOfForm(data) })
		);
		return result.failure ?? result.edited ?? { saved: true };
	},

	logo: async ({ request, params, locals }) => {
		const { db } = await getApp();
		const file = (await request.formData()).get('logo');
		const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		try {
			await uploadLogo({ db, context: { actor: locals.actor, source: 'form' }, organisationId: params.id, content });
		} catch (error) {
			return logoFailure(error);
		}
		return { logoUploaded: true };
	},

	removeLogo: async ({ params, locals }) => {
		const { db } = await getApp();
		try {
			await removeLogo({ db, context: { actor: locals.actor, source: 'form' }, organisationId: params.id });
		} catch (error) {
			return logoFailure(error);
		}
		return { logoRemoved: true };
	}
};
