import type { RequestHandler } from './$types';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { recordConsent } from '#lib/server/people/people.usecases.ts';

export const POST: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		return recordConsent({ db, context: { actor: locals.actor, source: 'api' }, personId: params.id, input });
	});

export const fallback: RequestHandler = methodNotAllowed(['POST']);
