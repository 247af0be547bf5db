import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listEligibleOrganisations } from '#lib/server/calls/calls.usecases.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { findSpaceRef } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const slug = url.searchParams.get('space');
		const spaceId = slug ? (await findSpaceRef(db, slug)).id : undefined;
		return { items: await listEligibleOrganisations({ db, actor: locals.actor, callId: params.id, spaceId }) };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
