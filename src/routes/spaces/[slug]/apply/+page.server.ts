import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { spaceForPage } from '#lib/server/http/page-errors.ts';
import { applyForMembership } from '#lib/server/memberships/applications/applications.usecases.ts';
import { getOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { ownOrganisationIds } from '#lib/server/policy/actor.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A member editor applies for the organisation they keep: the form starts with it and with them. */
async function startingValues(actor: App.Locals['actor']): Promise<Record<string, string>> {
	if (actor.kind !== 'session') return {};
	const [own] = ownOrganisationIds(actor);
	const found = own ? await getOrganisation({ db: (await getApp()).db, id: own }).catch(() => undefined) : undefined;
	const organisation = found && 'organisation' in found ? (found.organisation.registrationNumber ?? found.organisation.name) : '';
	return { organisation, contactName: actor.name, contactEmail: actor.email };
}

export const load: PageServerLoad = async ({ params, locals }) => ({
	space: spaceForPage(locals, params.slug),
	values: await startingValues(locals.actor)
});

// the organisation as typed names none, or several: that is the organisation field's problem
const organisationProblems = new Set(['organisation_not_matched', 'organisation_ambiguous', 'membership_application_member', 'membership_application_pending']);

export const actions: Actions = {
	default: async ({ request, params, locals, getClientAddress }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const text = (name: string) => String(data.get(name) ?? '');
		try {
			const application = await applyForMembership({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				clientAddress: getClientAddress(),
				input: {
					organisation: text('organisation'),
					contactName: text('contactName'),
					contactEmail: text('contactEmail'),
					message: text('message').trim() || undefined,
					locale: getLocale()
				}
			});
			return { sent: application.organisation.name };
		} catch (error) {
			if (isAppError(error) && organisationProblems.has(error.code)) {
				return fail(httpStatusOf(error), { values: formValues(data), errors: { organisation: error.code } as Record<string, string>, details: error.details });
			}
			return failForm(error, formValues(data));
		}
	}
};
