import type { RequestHandler } from './$types';
import { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import { listCommentQueue } from '#lib/server/comments/comments.usecases.ts';
import { commentStatuses } from '#lib/server/comments/comments.table.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

const statusOf = z.enum(commentStatuses).default('held');

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const { items, total, page, pageSize } = await listCommentQueue({
			db,
			actor: locals.actor,
			space: spaceOf(locals, params.slug),
			status: statusOf.parse(url.searchParams.get('status') ?? undefined),
			page: Number(url.searchParams.get('page') ?? 1) || 1,
			pageSize: Number(url.searchParams.get('pageSize') ?? 50) || 50
		});
		return { items, total, page, pageSize };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
