import type { RequestHandler } from './$types';
import { methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { getSpaceBySlug, updateSpace } from '#lib/server/spaces/spaces.usecases.ts';

export const GET: RequestHandler = ({ params }) =>
	respondJson(async () => {
		const { spacesRepository } = await getApp();
		return getSpaceBySlug({ spacesRepository, slug: params.slug });
	});

export const PATCH: RequestHandler = ({ params, request, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const changes = await readJson(request);
		return updateSpace({ db, context: { actor: locals.actor, source: 'api' }, slug: params.slug, changes });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
