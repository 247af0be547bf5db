import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { getSpaceBySlug } from '#lib/server/spaces/spaces.usecases.ts';

export const GET: RequestHandler = ({ params }) =>
	respondJson(async () => {
		const { spacesRepository } = await getApp();
		return getSpaceBySlug({ spacesRepository, slug: params.slug });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
