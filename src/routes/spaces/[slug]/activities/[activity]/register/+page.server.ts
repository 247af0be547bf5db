import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { pickerFieldNames } from '#lib/components/form/organisation-picker.ts';
import { activityForRegistration, registerForActivity } from '#lib/server/activities/registrations/registrations.register.ts';
import { getApp } from '#lib/server/app.ts';
import type { Database } from '#lib/server/db/client.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { pickOrganisation, searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';
import { isUuid } from '#lib/server/shared/uuid.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

const picker = pickerFieldNames('organisation');

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const found = await activityForRegistration({ db, space, slug: params.activity }).catch(rethrowForPage);
	return { space: { slug: space.slug, name: space.name }, ...found };
};

/** The organisation the form names: chosen by id, a registration number or exact name typed, or none (an individual). */
async function organisationOf(db: Database, data: FormData): Promise<{ id: string | null; problem?: string }> {
	const picked = String(data.get(picker.id) ?? '').trim();
	if (isUuid(picked)) return { id: picked };
	const typed = String(data.get(picker.query) ?? '').trim();
	if (!typed) return { id: null };
	try {
		return { id: (await pickOrganisation({ db, typed })).id };
	} catch (cause) {
		if (isAppError(cause)) return { id: null, problem: cause.code };
		throw cause;
	}
}

export const actions: Actions = {
	default: async ({ request, params, locals, getClientAddress }) => {
		const data = await request.formData();
		const { db, config, wakeJobRunner } = await getApp();
		const values = formValues(data, [picker.search]);
		// the picker's search button (without JavaScript): the form comes back with the organisations found
		if (data.has(picker.search)) {
			return { values, errors: {}, candidates: await searchOrganisations({ db, typed: String(data.get(picker.query) ?? '') }) };
		}
		const space = spaceOf(locals, params.slug);
		try {
			const organisation = await organisationOf(db, data);
			if (organisation.problem) {
				const candidates = await searchOrganisations({ db, typed: String(data.get(picker.query) ?? '') });
				return fail(400, { values, errors: { organisation: organisation.problem }, candidates });
			}
			const { activity } = await activityForRegistration({ db, space, slug: params.activity });
			const answers = Object.fromEntries(
				[...data.entries()].flatMap(([name, value]) => (name.startsWith('answer_') && typeof value === 'string' ? [[name.slice(7), value]] : []))
			);
			const result = await registerForActivity({
				db,
				context: { actor: locals.actor, source: 'form' },
				space,
				activityId: activity.id,
				clientAddress: getClientAddress(),
				publicUrl: config.publicUrl,
				input: {
					name: String(data.get('name') ?? ''),
					email: String(data.get('email') ?? ''),
					organisationId: organisation.id,
					consent: data.get('consent') === 'yes',
					answers,
					locale: getLocale(),
					website: String(data.get('website') ?? '')
				}
			});
			wakeJobRunner();
			return { result };
		} catch (error) {
			// an answer missing or not one offered belongs to its question's field
			if (isAppError(error) && (error.code === 'registration_answer_missing' || error.code === 'registration_answer_invalid')) {
				return fail(httpStatusOf(error), { values, errors: { [`answer_${String(error.details?.questionId)}`]: error.code } as Record<string, string> });
			}
			if (isAppError(error) && error.code === 'activity_organiser_unknown') {
				return fail(400, { values, errors: { organisation: 'organisation_not_matched' } as Record<string, string> });
			}
			if (error instanceof ZodError) {
				// the consent's literal `true` and other issues: one message per field
				const errors: Record<string, string> = {};
				for (const issue of error.issues)
					errors[String(issue.path[0] ?? 'form')] ??= issue.path[0] === 'consent' ? 'consent_required' : `invalid_${issue.code}`;
				return fail(400, { values, errors });
			}
			return failForm(error, values);
		}
	}
};
