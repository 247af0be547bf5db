import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { callsPolicy } from '#lib/server/calls/calls.policy.ts';
import { listCallsForOrganisation, listOrganisationApplications } from '#lib/server/calls/calls.usecases.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';
import { ownOrganisationIds } from '#lib/server/policy/actor.ts';
import { organisations } from '#lib/server/organisations/organisations.table.ts';
import { inArray } from 'drizzle-orm';

/** "Calls you can apply to": for each organisation the person keeps as a member editor, the open calls it is eligible for. */
export const load: PageServerLoad = async ({ locals }) => {
	authorizePage(callsPolicy, locals.actor, 'eligiblePage');
	const { db } = await getApp();
	const ids = ownOrganisationIds(locals.actor);
	const names = ids.length ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids)) : [];
	const groups = await Promise.all(
		names.map(async (organisation) => ({
			organisation,
			calls: await listCallsForOrganisation({ db, actor: locals.actor, organisationId: organisation.id }),
			applications: await listOrganisationApplications({ db, actor: locals.actor, organisationId: organisation.id })
		}))
	);
	return { groups };
};
