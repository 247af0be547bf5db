import type { RequestHandler } from './$types';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { getPerson, updatePerson } from '#lib/server/people/people.usecases.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getPerson({ db, actor: locals.actor, id: params.id });
	});

export const PATCH: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const changes = await readJson(request);
		return updatePerson({ db, context: { actor: locals.actor, source: 'api' }, id: params.id, changes });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
