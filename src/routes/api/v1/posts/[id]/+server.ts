import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { spaceOfPost } from '#lib/server/posts/post-space.ts';
import { changePost, getPost, removePost } from '#lib/server/posts/posts.usecases.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return getPost({ db, actor: locals.actor, space: await spaceOfPost(db, params.id), postId: params.id });
	});

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const space = await spaceOfPost(db, params.id);
		const input = await readJson(request);
		return Response.json(await changePost({ db, context: { actor: locals.actor, source: 'api' }, space, postId: params.id, input }));
	} catch (error) {
		return errorToResponse(error);
	}
};

/** A draft is deleted; a post published once is unpublished (see removePost). */
export const DELETE: RequestHandler = async ({ params, locals }) => {
	try {
		const { db } = await getApp();
		const space = await spaceOfPost(db, params.id);
		return Response.json(await removePost({ db, context: { actor: locals.actor, source: 'api' }, space, postId: params.id }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH', 'DELETE']);
