import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { expectedVersionOf, versionedJson } from '#lib/server/http/versions.ts';
import { organisationIdOrNotFound } from '#lib/server/organisations/organisation-id.ts';
import { getOrganisation, updateOrganisation } from '#lib/server/organisations/organisations.usecases.ts';

/** A merged organisation answers with a permanent redirect to the one it was merged into. */
export const GET: RequestHandler = async ({ params }) => {
	try {
		const { db } = await getApp();
		const found = await getOrganisation({ db, id: organisationIdOrNotFound(params.id) });
		if ('movedTo' in found) return new Response(null, { status: 301, headers: { location: `/api/v1/organisations/${found.movedTo}` } });
		return versionedJson(found.organisation);
	} catch (error) {
		return errorToResponse(error);
	}
};

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const id = organisationIdOrNotFound(params.id);
		const changes = await readJson(request);
		const context = { actor: locals.actor, source: 'api' } as const;
		return versionedJson(await updateOrganisation({ db, context, id, changes, ...expectedVersionOf(request) }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
