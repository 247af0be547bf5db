import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listCallApplications, recordApplication } from '#lib/server/calls/calls.usecases.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';

export const GET: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return { items: await listCallApplications({ db, actor: locals.actor, callId: params.id }) };
	});

export const POST: RequestHandler = async ({ params, request, locals, url }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'sl';
		return json(await recordApplication({ db, context: { actor: locals.actor, source: 'api' }, callId: params.id, input, locale }), { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
