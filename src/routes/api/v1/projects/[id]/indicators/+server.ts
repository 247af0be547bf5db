import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { createIndicator, indicatorRuleChoices, listIndicators } from '#lib/server/projects/indicators/indicators.usecases.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listIndicators({ db, actor: locals.actor, projectId: params.id }), rules: indicatorRuleChoices() };
	});

export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const { spaceId: _space, ...created } = await createIndicator({ db, context: { actor: locals.actor, source: 'api' }, projectId: params.id, input });
		return json(created, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
