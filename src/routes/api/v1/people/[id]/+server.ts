import type { RequestHandler } from './$types';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { expectedVersionOf, versionedJson } from '#lib/server/http/versions.ts';
import { getApp } from '#lib/server/app.ts';
import { getPerson, updatePerson } from '#lib/server/people/people.usecases.ts';

export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const { db } = await getApp();
		return versionedJson(await getPerson({ db, actor: locals.actor, id: params.id }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const changes = await readJson(request);
		const context = { actor: locals.actor, source: 'api' } as const;
		return versionedJson(await updatePerson({ db, context, id: params.id, changes, ...expectedVersionOf(request) }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
