import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { addProjectOrganisation, listProjectOrganisations } from '#lib/server/projects/partners/project-organisations.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listProjectOrganisations({ db, actor: locals.actor, space: spaceOf(locals, params.slug), projectId: params.id }) };
	});

export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const added = await addProjectOrganisation({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			projectId: params.id,
			input
		});
		return json(added, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
