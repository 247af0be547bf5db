import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { callsPolicy } from '#lib/server/calls/calls.policy.ts';
import { callsForOwnOrganisations } from '#lib/server/calls/calls.usecases.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';

/** "Calls you can apply to": for each organisation the person keeps as a member editor, the open calls it is eligible for. */
export const load: PageServerLoad = async ({ locals }) => {
	authorizePage(callsPolicy, locals.actor, 'eligiblePage');
	const { db } = await getApp();
	return { groups: await callsForOwnOrganisations({ db, actor: locals.actor }) };
};
