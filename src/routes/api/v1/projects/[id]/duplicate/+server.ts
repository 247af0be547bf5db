import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { duplicateProject } from '#lib/server/projects/duplicate/project-duplicate.usecases.ts';
import { json } from '@sveltejs/kit';

/** Makes a copy of the project in its space: 201 with the copy and how many rows of each part were copied. */
export const POST: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		// no body asks for the copy's address and title to be chosen
		const input = (await request.clone().text()) === '' ? {} : await readJson(request);
		const duplicate = await duplicateProject({ db, context: { actor: locals.actor, source: 'api' }, projectId: params.id, input });
		return json(duplicate, { status: 201, headers: { location: `/api/v1/projects/${duplicate.project.id}` } });
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['POST']);
