import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listFields } from '#lib/server/fields/fields.usecases.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';

export const GET: RequestHandler = () =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listFields({ db }) };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
