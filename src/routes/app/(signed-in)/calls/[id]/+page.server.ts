import { ZodError } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { callOfForm, deadlineRowsShown, formOfCall, funderOfForm, funderPicker, sentCallValues } from '#lib/server/calls/call-form.ts';
import { callsPolicy } from '#lib/server/calls/calls.policy.ts';
import {
	changeApplication,
	changeCall,
	getCall,
	listCallApplications,
	listEligibleOrganisations,
	recordApplication
} from '#lib/server/calls/calls.usecases.ts';
import { createFieldsRepository } from '#lib/server/fields/fields.repository.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage } from '#lib/server/http/page-errors.ts';
import { searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { can } from '#lib/server/policy/policy.ts';
import { findSpaceById } from '#lib/server/spaces/space-scope.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { Actor } from '#lib/server/policy/actor.ts';

const fieldsOf = async () => {
	const { db } = await getApp();
	return (await createFieldsRepository({ db }).list()).map((field) => ({ code: field.code, name: field.name }));
};

/** The spaces whose members the person sees on the page: those they keep (admin, staff, viewer). */
const keptSpaceIds = (actor: Actor) =>
	actor.kind === 'session' ? [...actor.memberships.entries()].filter(([, held]) => held.role !== 'member_editor').map(([spaceId]) => spaceId) : [];

export const load: PageServerLoad = async ({ params, locals, url }) => {
	authorizePage(callsPolicy, locals.actor, 'staffAnywhere');
	const { db } = await getApp();
	const call = await getCall({ db, actor: locals.actor, callId: params.id }).catch(rethrowForPage);
	const spaceIds = keptSpaceIds(locals.actor);
	const spaces = (await Promise.all(spaceIds.map((id) => findSpaceById(db, id)))).filter((space) => space !== undefined);
	const eligible = await Promise.all(
		spaces.map(async (space) => ({
			space,
			organisations: await listEligibleOrganisations({ db, actor: locals.actor, callId: call.id, spaceId: space.id }),
			canRecord: can(callsPolicy, locals.actor, 'recordApplications', { spaceId: space.id })
		}))
	);
	const applications = await listCallApplications({ db, actor: locals.actor, callId: call.id });
	const canManage = can(callsPolicy, locals.actor, 'manage');
	return {
		call,
		fields: await fieldsOf(),
		values: formOfCall(call, getLocale()),
		deadlineRows: deadlineRowsShown(call.deadlines.length),
		eligible,
		applications,
		canManage,
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const codes = (await fieldsOf()).map((field) => field.code);
		const values = { ...sentCallValues(data, codes), intent: 'save' };
		const candidates = () => searchOrganisations({ db, typed: String(data.get(funderPicker.query) ?? '') });
		if (data.has(funderPicker.search)) return { values, errors: {}, candidates: await candidates() };
		const funder = await funderOfForm(db, data);
		try {
			if (funder.problem) throw new ZodError([{ code: 'custom', path: ['funder'], message: funder.problem, input: '' }]);
			const input = { ...callOfForm(data, codes, { change: true }), funderOrganisationId: funder.id };
			await changeCall({ db, context: { actor: locals.actor, source: 'form' }, callId: params.id, input, locale: getLocale() });
			return { saved: true };
		} catch (cause) {
			const failure = failForm(cause, values);
			if (funder.problem) Object.assign(failure.data, { candidates: await candidates() });
			return failure;
		}
	},

	apply: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const values = { ...formValues(data), intent: 'apply' };
		try {
			const input = {
				organisationId: String(data.get('organisationId') ?? ''),
				space: String(data.get('space') ?? '') || undefined,
				status: 'applied',
				appliedOn: String(data.get('appliedOn') ?? '').trim() || undefined
			};
			await recordApplication({ db, context: { actor: locals.actor, source: 'form' }, callId: params.id, input, locale: getLocale() });
			return { recorded: true };
		} catch (cause) {
			return failForm(cause, values);
		}
	},

	outcome: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const applicationId = String(data.get('applicationId') ?? '');
		const values = { ...formValues(data), intent: `outcome:${applicationId}` };
		try {
			const status = String(data.get('status') ?? '');
			const granted = String(data.get('grantedAmount') ?? '').trim();
			const input = {
				status,
				grantedAmount: status === 'granted' && granted ? granted : null,
				decidedOn: String(data.get('decidedOn') ?? '').trim() || null
			};
			await changeApplication({ db, context: { actor: locals.actor, source: 'form' }, applicationId, input, locale: getLocale() });
			return { outcome: true };
		} catch (cause) {
			return failForm(cause, values);
		}
	}
};
