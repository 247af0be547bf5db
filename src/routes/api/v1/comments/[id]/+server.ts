import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { changeCommentStatus } from '#lib/server/comments/comments.usecases.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		return Response.json(await changeCommentStatus({ db, context: { actor: locals.actor, source: 'api' }, id: params.id, input }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['PATCH']);
