import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { stepActual } from '#lib/server/projects/indicators/indicators.usecases.ts';

export const POST: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		return stepActual({
			db,
			context: { actor: locals.actor, source: 'api' },
			projectId: params.id,
			indicatorId: params.indicatorId,
			actualId: params.actualId,
			input
		});
	});

export const fallback: RequestHandler = methodNotAllowed(['POST']);
