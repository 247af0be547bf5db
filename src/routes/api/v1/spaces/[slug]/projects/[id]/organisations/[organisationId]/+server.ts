import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { setProjectOrganisationRoles } from '#lib/server/projects/partners/project-organisations.usecases.ts';
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

export const fallback: RequestHandler = methodNotAllowed(['PUT']);
