import type { RequestHandler } from './$types';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { renameSpace } from '#lib/server/spaces/space-life.usecases.ts';

export const POST: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const input = await readJson(request);
		return renameSpace({ db, context: { actor: locals.actor, source: 'api' }, slug: params.slug, input });
	});

export const fallback: RequestHandler = methodNotAllowed(['POST']);
