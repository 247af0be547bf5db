import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { listIndicators } from '#lib/server/projects/indicators/indicators.usecases.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	return { projectId: params.id, indicators: await listIndicators({ db, actor: locals.actor, projectId: params.id }).catch(rethrowForPage) };
};
