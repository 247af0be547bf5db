import type { PageServerLoad } from './$types';
import { activitiesSpaceOfPage } from '#lib/server/activities/activity-pages.ts';
import { listActivities, listActivityTypes } from '#lib/server/activities/activities.usecases.ts';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = activitiesSpaceOfPage(locals, params.slug);
	const [activities, types] = await Promise.all([listActivities({ db, actor: locals.actor, space }).catch(rethrowForPage), listActivityTypes({ db, space })]);
	const now = Date.now();
	// an activity is past once its last session has ended
	const past = (activity: (typeof activities)[number]) => Date.parse(activity.sessions.at(-1)?.endsAt ?? '') < now;
	return {
		space,
		types: types.filter((type) => !type.builtIn),
		upcoming: activities.filter((activity) => !past(activity)),
		past: activities.filter(past).reverse()
	};
};
