import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { removeProjectOrganisation, setProjectOrganisationRoles } from '#lib/server/projects/partners/project-organisations.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

/** Sets the roles an organisation plays in the project: `{ "roles": [] }` ends its part. */
export const PUT: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		const roles = await setProjectOrganisationRoles({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			projectId: params.id,
			organisationId: params.organisationId,
			input
		});
		return { items: roles };
	});

/** Ends every role the organisation plays in the project. */
export const DELETE: RequestHandler = async ({ params, locals }) => {
	try {
		const { db } = await getApp();
		await removeProjectOrganisation({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			projectId: params.id,
			organisationId: params.organisationId
		});
		return new Response(null, { status: 204 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['PUT', 'DELETE']);
