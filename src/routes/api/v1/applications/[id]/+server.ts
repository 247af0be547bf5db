import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { changeApplication } from '#lib/server/calls/calls.usecases.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';

export const PATCH: RequestHandler = async ({ params, request, locals, url }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'sl';
		return Response.json(await changeApplication({ db, context: { actor: locals.actor, source: 'api' }, applicationId: params.id, input, locale }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['PATCH']);
