import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { createPost, listPosts } from '#lib/server/posts/posts.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const query = Object.fromEntries(['status', 'kind', 'tag'].flatMap((name) => (url.searchParams.has(name) ? [[name, url.searchParams.get(name)]] : [])));
		return { items: await listPosts({ db, actor: locals.actor, space: spaceOf(locals, params.slug), query }) };
	});

export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const post = await createPost({ db, context: { actor: locals.actor, source: 'api' }, space: spaceOf(locals, params.slug), input });
		return json(post, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
