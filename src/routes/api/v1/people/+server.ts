import type { RequestHandler } from './$types';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { createPerson, listPeople } from '#lib/server/people/people.usecases.ts';

export const GET: RequestHandler = ({ url, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return listPeople({ db, actor: locals.actor, query: Object.fromEntries(url.searchParams) });
	});

export const POST: RequestHandler = ({ request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		return createPerson({ db, context: { actor: locals.actor, source: 'api' }, input });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
