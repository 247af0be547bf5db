import type { RequestHandler } from './$types';
import { apiError, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { checkHealth } from '#lib/server/db/health.ts';
import { json } from '@sveltejs/kit';

export const GET: RequestHandler = async () => {
	try {
		const { database } = await getApp();
		return json(await checkHealth(database));
	} catch (error) {
		console.error(error);
		return apiError(503, 'database_unavailable', 'The database does not answer.');
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET']);
