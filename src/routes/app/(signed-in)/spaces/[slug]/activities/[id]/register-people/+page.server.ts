import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { pickerFieldNames } from '#lib/components/form/organisation-picker.ts';
import { applyRowChange, rowChangeOf, rowCount } from '#lib/components/ui/repeating-rows.ts';
import { registrationOpen, registerPeople } from '#lib/server/activities/registrations/registrations.register.ts';
import { registrationsPolicy } from '#lib/server/activities/registrations/registrations.policy.ts';
import { loadActivity } from '#lib/server/activities/registrations/registrations.shared.ts';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { pickOrganisation, searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { organisationChoices } from '#lib/server/people/people.usecases.ts';
import { ownOrganisationIds } from '#lib/server/policy/actor.ts';
import { can } from '#lib/server/policy/policy.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { isUuid } from '#lib/server/shared/uuid.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

const picker = pickerFieldNames('organisation');
const lists = ['people'] as const;

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(registrationsPolicy, locals.actor, 'registerOthers', { spaceId: space.id, organisationIds: ownOrganisationIds(locals.actor) });
	const activity = await loadActivity(db, space.id, params.id).catch(rethrowForPage);
	const staff = can(registrationsPolicy, locals.actor, 'registerAnyone', { spaceId: space.id });
	// member editors choose among their own organisations; staff type any, or none
	const choices = staff ? null : ((await organisationChoices({ db, actor: locals.actor, action: 'create' })) ?? []);
	return { space, activity, open: registrationOpen(activity), staff, choices };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const data = await request.formData();
		const sent = formValues(data, [picker.search]);
		const rows = { people: rowCount(sent, 'people') };
		const rowChange = rowChangeOf(sent, lists);
		if (rowChange) return applyRowChange(sent, rows, rowChange);
		const { db, config, wakeJobRunner } = await getApp();
		if (data.has(picker.search)) return { values: sent, rows, errors: {}, candidates: await searchOrganisations({ db, typed: sent[picker.query] ?? '' }) };
		const space = spaceForPage(locals, params.slug);
		let organisationId: string | null = null;
		if (isUuid(sent[picker.id] ?? '')) organisationId = sent[picker.id]!;
		else if ((sent[picker.query] ?? '').trim()) {
			try {
				organisationId = (await pickOrganisation({ db, typed: sent[picker.query]! })).id;
			} catch (cause) {
				if (isAppError(cause)) return fail(400, { values: sent, rows, errors: { organisation: cause.code } });
				throw cause;
			}
		}
		// rows left empty are not people
		const people = Array.from({ length: rows.people }, (_, index) => ({
			index,
			name: (sent[`people.${index}.name`] ?? '').trim(),
			email: (sent[`people.${index}.email`] ?? '').trim()
		})).filter((person) => person.name || person.email);
		try {
			const results = await registerPeople({
				db,
				context: { actor: locals.actor, source: 'form' },
				space,
				activityId: params.id,
				publicUrl: config.publicUrl,
				input: { organisationId, people: people.map(({ name, email }) => ({ name, email })), locale: getLocale() }
			});
			wakeJobRunner();
			return { results };
		} catch (error) {
			if (error instanceof ZodError) {
				const errors: Record<string, string> = {};
				for (const issue of error.issues) {
					const [list, index, field] = issue.path;
					const key =
						list === 'people' && typeof index === 'number' && field ? `people.${people[index]?.index ?? index}.${String(field)}` : String(list ?? 'form');
					errors[key] ??=
						issue.message === 'registration_people_missing' ? 'registration_people_missing' : field === 'email' ? 'problem_email' : 'problem_required';
				}
				return fail(400, { values: sent, rows, errors });
			}
			return failForm(error, sent);
		}
	}
};
