import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { deleteIndicator, updateIndicator } from '#lib/server/projects/indicators/indicator-changes.usecases.ts';

export const PATCH: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		const { spaceId: _space, ...changed } = await updateIndicator({
			db,
			context: { actor: locals.actor, source: 'api' },
			projectId: params.id,
			indicatorId: params.indicatorId,
			input
		});
		return changed;
	});

export const DELETE: RequestHandler = async ({ params, locals }) => {
	try {
		const { db } = await getApp();
		await deleteIndicator({ db, context: { actor: locals.actor, source: 'api' }, projectId: params.id, indicatorId: params.indicatorId });
		return new Response(null, { status: 204 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['PATCH', 'DELETE']);
