import type { RequestHandler } from './$types';
import { apiError, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { checkHealth } from '#lib/server/db/health.ts';
import { logError } from '#lib/server/shared/log.ts';
import { json } from '@sveltejs/kit';

/** 200 when this process can serve, 503 with the failing check named when it cannot. */
export const GET: RequestHandler = async () => {
	let app;
	try {
		app = await getApp();
	} catch (error) {
		logError('Health check: the app did not start', error);
		return apiError(503, 'database_unavailable', 'The database does not answer.');
	}
	const health = await checkHealth(app.database, app.config.dataDir);
	return json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};

export const fallback: RequestHandler = methodNotAllowed(['GET']);
