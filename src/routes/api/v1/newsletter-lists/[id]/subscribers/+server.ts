import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { listSubscribers } from '#lib/server/newsletters/newsletters.usecases.ts';

/** The addresses the list reaches now, 500 a page (`?after=` the `next` of the page before). */
export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return listSubscribers({ db, actor: locals.actor, listId: params.id, after: (url.searchParams.get('after') ?? '').slice(0, 300) });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
