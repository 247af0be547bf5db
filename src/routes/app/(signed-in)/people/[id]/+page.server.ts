import type { Actions, PageServerLoad } from './$types';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getApp } from '#lib/server/app.ts';
import { expectedVersionOfForm } from '#lib/server/http/forms.ts';
import { dateForInput } from '#lib/server/shared/calendar-date.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { erasePerson, personalDataRights } from '#lib/server/people/people.gdpr.ts';
import { peoplePolicy } from '#lib/server/people/people.policy.ts';
import { affiliationInputSchema } from '#lib/server/people/people.schemas.ts';
import { addAffiliation, endAffiliation, getPerson, organisationChoices, recordConsent, updatePerson } from '#lib/server/people/people.usecases.ts';
import { can } from '#lib/server/policy/policy.ts';
import { chosenOrganisation, dateOf, failPersonForm, optional, pickerSearch, withCandidates } from '../person-form.ts';
import { modules } from '#lib/server/modules.ts';
import { personReferencesOf } from '#lib/server/manifest/manifest.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const person = await getPerson({ db, actor: locals.actor, id: params.id }).catch(rethrowForPage);
	const resource = { organisationIds: person.affiliations.filter((affiliation) => affiliation.current).map((affiliation) => affiliation.organisationId) };
	const rights = await personalDataRights({ db, actor: locals.actor, id: person.id });
	const canErase = !person.erased && rights.canErase;
	const canEdit = !person.erased && can(peoplePolicy, locals.actor, 'update', resource);
	return {
		person,
		// where the person may be affiliated next: `null` for any organisation, typed in
		choices: canEdit ? await organisationChoices({ db, actor: locals.actor, action: 'create' }) : [],
		canEdit,
		canExport: rights.canExport,
		canErase,
		// erasing is confirmed on a page of its own address, so that it works without JavaScript
		confirmingErase: canErase && url.searchParams.has('erase'),
		created: url.searchParams.has('created'),
		today: dateForInput(new Date().toISOString().slice(0, 10), getLocale())
	};
};

const context = (locals: App.Locals) => ({ actor: locals.actor, source: 'form' as const });

export const actions: Actions = {
	update: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const changes = { name: String(data.get('name') ?? ''), email: optional(data, 'email') ?? null, phone: optional(data, 'phone') ?? null };
			await updatePerson({ db, context: context(locals), id: params.id, changes, ...expectedVersionOfForm(data) });
			return { saved: true };
		} catch (error) {
			return failPersonForm(error, data, 'update');
		}
	},

	addAffiliation: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const searched = await pickerSearch(db, data, 'addAffiliation');
		if (searched) return searched;
		try {
			const input = (organisationId: string) => ({
				organisationId,
				role: optional(data, 'role'),
				since: dateOf(data, 'since'),
				until: dateOf(data, 'until')
			});
			const organisationId = await chosenOrganisation(db, data, (standIn) => affiliationInputSchema.parse(input(standIn)));
			await addAffiliation({ db, context: context(locals), personId: params.id, input: input(organisationId) });
			return { affiliationAdded: true };
		} catch (error) {
			return withCandidates(db, data, failPersonForm(error, data, 'addAffiliation'));
		}
	},

	endAffiliation: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const input = { affiliationId: String(data.get('affiliationId') ?? ''), until: dateOf(data, 'until') ?? '' };
			await endAffiliation({ db, context: context(locals), personId: params.id, input });
			return { affiliationEnded: true };
		} catch (error) {
			return failPersonForm(error, data, 'endAffiliation');
		}
	},

	consent: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const input = { purpose: String(data.get('purpose') ?? ''), granted: data.get('granted') === 'true' };
			await recordConsent({ db, context: context(locals), personId: params.id, input });
			return { consentRecorded: input };
		} catch (error) {
			return failPersonForm(error, data, 'consent');
		}
	},

	erase: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			await erasePerson({ db, context: context(locals), id: params.id, references: personReferencesOf(modules) });
			return { erased: true };
		} catch (error) {
			return failPersonForm(error, data, 'erase');
		}
	}
};
