import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getSpaceFigures } from '#lib/server/activities/figures/figures.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getSpaceFigures({ db, actor: locals.actor, space: spaceOf(locals, params.slug), query: Object.fromEntries(url.searchParams) });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
