import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { calendarFeed } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { feedResponse } from '#lib/server/activities/calendar/feed-response.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The platform's calendar: public activities of every space, from 30 days ago on. */
export const GET: RequestHandler = async ({ url, request }) => {
	const { db } = await getApp();
	const locale = getLocale();
	const feed = await calendarFeed({ db, name: `${m.calendar_title({}, { locale })} – ${m.site_name({}, { locale })}`, origin: url.origin, locale });
	return feedResponse(feed, request, 'calendar.ics');
};
