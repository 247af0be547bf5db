import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { calendarFeed } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { feedResponse } from '#lib/server/activities/calendar/feed-response.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { localized } from '#lib/shared/locale.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A space's calendar: its public activities from 30 days ago on. */
export const GET: RequestHandler = async ({ url, params, locals, request }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const locale = getLocale();
	const feed = await calendarFeed({ db, space, name: localized(space.name, locale).text, origin: url.origin, locale }).catch(rethrowForPage);
	return feedResponse(feed, request, `${space.slug}.ics`);
};
