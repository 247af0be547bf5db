import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { createCall, listCalls } from '#lib/server/calls/calls.usecases.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';

const filters = ['status', 'funder', 'region', 'field', 'legalForm', 'deadlineBefore', 'minAmount'];
const localeOf = (url: URL) => (url.searchParams.get('locale') === 'en' ? 'en' : 'sl');

export const GET: RequestHandler = ({ locals, url }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const query = Object.fromEntries(filters.flatMap((name) => (url.searchParams.get(name) ? [[name, url.searchParams.get(name)]] : [])));
		return { items: await listCalls({ db, actor: locals.actor, query }) };
	});

export const POST: RequestHandler = async ({ request, locals, url }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const call = await createCall({
			db,
			context: { actor: locals.actor, source: 'api' },
			input,
			locale: localeOf(url),
			space: url.searchParams.get('space') ?? undefined
		});
		return json(call, { status: 201 });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
