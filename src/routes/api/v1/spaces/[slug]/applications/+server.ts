import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { applyForMembership, listApplications } from '#lib/server/memberships/applications/applications.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listApplications({ db, actor: locals.actor, space: spaceOf(locals, params.slug) }) };
	});

export const POST: RequestHandler = async ({ params, request, locals, getClientAddress }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const application = await applyForMembership({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			clientAddress: getClientAddress(),
			input
		});
		return json(application, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
