import type { RequestHandler } from './$types';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { expectedVersionOf, versionedJson } from '#lib/server/http/versions.ts';
import { getApp } from '#lib/server/app.ts';
import { getSpaceBySlug, updateSpace } from '#lib/server/spaces/spaces.usecases.ts';

export const GET: RequestHandler = async ({ params }) => {
	try {
		const { spacesRepository } = await getApp();
		return versionedJson(await getSpaceBySlug({ spacesRepository, slug: params.slug }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const changes = await readJson(request);
		const context = { actor: locals.actor, source: 'api' } as const;
		return versionedJson(await updateSpace({ db, context, slug: params.slug, changes, ...expectedVersionOf(request) }));
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
