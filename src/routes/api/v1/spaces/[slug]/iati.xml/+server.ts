import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { iatiXmlResponse } from '#lib/server/projects/iati/iati-response.ts';
import { exportIatiXml } from '#lib/server/projects/iati/iati.usecases.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const { db } = await getApp();
		return iatiXmlResponse(await exportIatiXml({ db, actor: locals.actor, space: spaceOf(locals, params.slug) }), params.slug);
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET']);
