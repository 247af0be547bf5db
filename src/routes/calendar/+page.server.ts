import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { ljubljanaDay, listCalendar } from '#lib/server/activities/calendar/calendar.usecases.ts';

export const load: PageServerLoad = async ({ url }) => {
	const { db } = await getApp();
	const view = await listCalendar({ db, params: url.searchParams });
	return { view, today: ljubljanaDay(new Date()), feedUrl: new URL('/calendar.ics', url.origin).href };
};
