import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { enterActual } from '#lib/server/projects/indicators/indicators.usecases.ts';

export const PUT: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		return enterActual({ db, context: { actor: locals.actor, source: 'api' }, projectId: params.id, indicatorId: params.indicatorId, input });
	});

export const fallback: RequestHandler = methodNotAllowed(['PUT']);
