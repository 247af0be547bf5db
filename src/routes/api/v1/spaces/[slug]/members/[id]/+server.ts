import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { expectedVersionOf, versionedJson } from '#lib/server/http/versions.ts';
import { setMembership } from '#lib/server/memberships/memberships.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

/** Sets an organisation's membership of the space: 201 when it was added, 200 when it was changed (`If-Match` guards a change). */
export const PUT: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const { membership, created } = await setMembership({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			organisationId: params.id,
			input,
			...expectedVersionOf(request)
		});
		return versionedJson(membership, { status: created ? 201 : 200 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['PUT']);
