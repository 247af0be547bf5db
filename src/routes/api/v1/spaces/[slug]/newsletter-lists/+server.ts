import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { createList, listLists } from '#lib/server/newsletters/newsletters.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listLists({ db, actor: locals.actor, space: spaceOf(locals, params.slug) }) };
	});

export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db, config } = await getApp();
		const input = await readJson(request);
		const list = await createList({
			db,
			context: { actor: locals.actor, source: 'api' },
			space: spaceOf(locals, params.slug),
			input,
			publicUrl: config.publicUrl
		});
		return json(list, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
