import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson, respondJson } from '#lib/server/http/api-responses.ts';
import { directoryParams } from '#lib/server/organisations/directory/directory.params.ts';
import { searchDirectory } from '#lib/server/organisations/directory/directory.usecases.ts';
import { createOrganisation } from '#lib/server/organisations/organisations.usecases.ts';

export const GET: RequestHandler = ({ url, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return searchDirectory({ db, actor: locals.actor, query: directoryParams(url.searchParams) });
	});

export const POST: RequestHandler = async ({ request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const created = await createOrganisation({ db, context: { actor: locals.actor, source: 'api' }, input });
		return json(created, { status: 201, headers: { location: `/api/v1/organisations/${created.id}` } });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'POST']);
