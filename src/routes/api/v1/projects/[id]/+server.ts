import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed, readJson } from '#lib/server/http/api-responses.ts';
import { expectedVersionOf, versionedJson } from '#lib/server/http/versions.ts';
import { changeProject } from '#lib/server/projects/basics/project-basics.usecases.ts';
import { getProject } from '#lib/server/projects/details/project-details.usecases.ts';

export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const { db } = await getApp();
		return versionedJson(await getProject({ db, actor: locals.actor, which: { id: params.id } }));
	} catch (error) {
		return errorToResponse(error);
	}
};

/** Changes a project's basics and details; `If-Match` with the ETag of GET refuses a change over one made meanwhile (412). */
export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	try {
		const { db } = await getApp();
		const input = await readJson(request);
		const project = await changeProject({
			db,
			context: { actor: locals.actor, source: 'api' },
			projectId: params.id,
			input,
			...expectedVersionOf(request)
		});
		return versionedJson(project);
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET', 'PATCH']);
