import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { ljubljanaDay, listCalendar } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { spaceForPage } from '#lib/server/http/page-errors.ts';

export const load: PageServerLoad = async ({ url, params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const view = await listCalendar({ db, params: url.searchParams, space });
	return {
		view,
		space: { slug: space.slug, name: space.name },
		today: ljubljanaDay(new Date()),
		feedUrl: new URL(`/spaces/${space.slug}/calendar.ics`, url.origin).href
	};
};
