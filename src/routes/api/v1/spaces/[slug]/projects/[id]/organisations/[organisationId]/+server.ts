import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { removeProjectOrganisation } from '#lib/server/projects/partners/project-organisations.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const DELETE: RequestHandler = async ({ params, url, locals }) => {
	try {
		const { db } = await getApp();
		await removeProjectOrganisation({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			projectId: params.id,
			organisationId: params.organisationId,
			role: url.searchParams.get('role') ?? undefined
		});
		return new Response(null, { status: 204 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['DELETE']);
