import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { callsPolicy } from '#lib/server/calls/calls.policy.ts';
import { listCalls } from '#lib/server/calls/calls.usecases.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';
import { can } from '#lib/server/policy/policy.ts';

export const load: PageServerLoad = async ({ locals }) => {
	authorizePage(callsPolicy, locals.actor, 'staffAnywhere');
	const { db } = await getApp();
	const calls = await listCalls({ db, actor: locals.actor, query: {} });
	return { calls, canManage: can(callsPolicy, locals.actor, 'manage') };
};
