import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { listSpaces } from '#lib/server/spaces/spaces.usecases.ts';

export const GET: RequestHandler = () =>
	respondJson(async () => {
		const { spacesRepository } = await getApp();
		return { items: await listSpaces({ spacesRepository }) };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
