import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { createPublicCall, listPublicCalls } from '#lib/server/projects/money/money.usecases.ts';

export const GET: RequestHandler = ({ locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listPublicCalls({ db, actor: locals.actor }) };
	});

export const POST: RequestHandler = async ({ request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		return json(await createPublicCall({ db, context: { actor: locals.actor, source: 'api' }, input }), { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
