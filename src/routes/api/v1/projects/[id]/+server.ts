import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { changeProjectDetails, getProject } from '#lib/server/projects/details/project-details.usecases.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getProject({ db, actor: locals.actor, which: { id: params.id } });
	});

export const PATCH: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return changeProjectDetails({ db, context: { actor: locals.actor, source: 'api' }, projectId: params.id, input: await readJson(request) });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
