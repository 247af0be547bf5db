import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getEvaluationResultsOfActivity } from '#lib/server/activities/evaluation/evaluation.usecases.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getEvaluationResultsOfActivity({ db, actor: locals.actor, activityId: params.id });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
