import { redirect } from '@sveltejs/kit';
import { ZodError } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { callOfForm, funderOfForm, funderPicker, sentCallValues } from '#lib/server/calls/call-form.ts';
import { callsPolicy } from '#lib/server/calls/calls.policy.ts';
import { createCall } from '#lib/server/calls/calls.usecases.ts';
import { createFieldsRepository } from '#lib/server/fields/fields.repository.ts';
import { failForm } from '#lib/server/http/forms.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';
import { searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { localHref } from '#lib/shared/links.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

const fieldsOf = async () => {
	const { db } = await getApp();
	return (await createFieldsRepository({ db }).list()).map((field) => ({ code: field.code, name: field.name }));
};

export const load: PageServerLoad = async ({ locals }) => {
	authorizePage(callsPolicy, locals.actor, 'manage');
	return { fields: await fieldsOf() };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const codes = (await fieldsOf()).map((field) => field.code);
		const values = sentCallValues(data, codes);
		const candidates = () => searchOrganisations({ db, typed: String(data.get(funderPicker.query) ?? '') });
		// the picker's search button (without JavaScript): the form comes back with the matches
		if (data.has(funderPicker.search)) return { values, errors: {}, candidates: await candidates() };
		const funder = await funderOfForm(db, data);
		let id: string;
		try {
			if (funder.problem) throw new ZodError([{ code: 'custom', path: ['funder'], message: funder.problem, input: '' }]);
			const input = { ...callOfForm(data, codes, { change: false }), funderOrganisationId: funder.id };
			id = (await createCall({ db, context: { actor: locals.actor, source: 'form' }, input, locale: getLocale() })).id;
		} catch (cause) {
			const failure = failForm(cause, values);
			if (funder.problem) Object.assign(failure.data, { candidates: await candidates() });
			return failure;
		}
		redirect(303, `${localHref(`/app/calls/${id}`)}?saved=1`);
	}
};
