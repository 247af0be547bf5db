import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getProjectContributions, replaceProjectContributions } from '#lib/server/projects/contributions/project-contributions.usecases.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getProjectContributions({ db, actor: locals.actor, projectId: params.id });
	});

export const PUT: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return replaceProjectContributions({ db, context: { actor: locals.actor, source: 'api' }, projectId: params.id, input: await readJson(request) });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PUT']);
