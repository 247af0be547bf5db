import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { spaceOfActivity } from '#lib/server/activities/activity-space.ts';
import { checkIn, getRoster, undoCheckIn } from '#lib/server/activities/checkin/checkin.usecases.ts';

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const space = await spaceOfActivity(db, params.id);
		return getRoster({ db, actor: locals.actor, space, activityId: params.id, sessionId: url.searchParams.get('sessionId') ?? undefined });
	});

// a check-in sent again (the phone's queue after the connection returned) answers 200, a new one 201
export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const space = await spaceOfActivity(db, params.id);
		const result = await checkIn({ db, context: { actor: locals.actor, source: 'api' }, space, activityId: params.id, input: await readJson(request) });
		return json(result, { status: result.alreadyCheckedIn ? 200 : 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const DELETE: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const space = await spaceOfActivity(db, params.id);
		return undoCheckIn({ db, context: { actor: locals.actor, source: 'api' }, space, activityId: params.id, input: await readJson(request) });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST', 'DELETE']);
