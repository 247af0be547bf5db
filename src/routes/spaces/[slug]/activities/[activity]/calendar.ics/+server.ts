import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { eventFeed } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { feedResponse } from '#lib/server/activities/calendar/feed-response.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** One event's sessions, for "Add to calendar"; an internal one only for the space's staff. */
export const GET: RequestHandler = async ({ url, params, locals, request }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const feed = await eventFeed({ db, actor: locals.actor, space, slug: params.activity, origin: url.origin, locale: getLocale() }).catch(rethrowForPage);
	return feedResponse(feed, request, `${params.activity}.ics`);
};
