import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { feedResponse } from '#lib/server/activities/calendar/feed-response.ts';
import { callsIcs } from '#lib/server/calls/calls.feeds.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The calls' deadlines as iCalendar, for a calendar to subscribe to. */
export const GET: RequestHandler = async ({ url, request }) => {
	const { db } = await getApp();
	const feed = await callsIcs({ db, origin: url.origin, host: url.host, locale: getLocale() });
	return feedResponse({ ...feed, lastModified: null }, request, 'calls.ics');
};
