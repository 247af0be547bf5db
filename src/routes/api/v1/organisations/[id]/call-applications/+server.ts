import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listOrganisationApplications } from '#lib/server/calls/calls.usecases.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';

/** An organisation's history of applications to calls and their outcomes (staff, or its member editor). */
export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listOrganisationApplications({ db, actor: locals.actor, organisationId: params.id }) };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
