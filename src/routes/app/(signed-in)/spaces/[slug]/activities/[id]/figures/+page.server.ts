import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { getActivityFigures } from '#lib/server/activities/figures/figures.usecases.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const { activity, figures } = await getActivityFigures({ db, actor: locals.actor, space, activityId: params.id }).catch(rethrowForPage);
	return { space, activity, figures };
};
