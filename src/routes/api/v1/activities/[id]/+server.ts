import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { spaceOfActivity } from '#lib/server/activities/activity-space.ts';
import { changeActivity, getActivity } from '#lib/server/activities/activities.usecases.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const space = await spaceOfActivity(db, params.id);
		return getActivity({ db, actor: locals.actor, space, activityId: params.id });
	});

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const space = await spaceOfActivity(db, params.id);
		const input = await readJson(request);
		return Response.json(await changeActivity({ db, context: { actor: locals.actor, source: 'api' }, space, activityId: params.id, input }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
