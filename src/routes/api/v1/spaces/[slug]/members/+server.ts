import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { listMembers } from '#lib/server/memberships/memberships.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, url, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const { items, total, page, pageSize } = await listMembers({
			db,
			actor: locals.actor,
			space: spaceOf(locals, params.slug),
			query: Object.fromEntries(url.searchParams)
		});
		return { items, total, page, pageSize };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
