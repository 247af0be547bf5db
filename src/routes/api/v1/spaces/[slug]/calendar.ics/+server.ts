import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { calendarFeed } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { feedResponse } from '#lib/server/activities/calendar/feed-response.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { localized } from '#lib/shared/locale.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The API's address of a space's feed (see calendar.openapi.ts), the same as /spaces/[slug]/calendar.ics; refusals are problem bodies. */
export const GET: RequestHandler = async ({ url, params, locals, request }) => {
	try {
		const { db } = await getApp();
		const space = spaceOf(locals, params.slug);
		const locale = getLocale();
		const feed = await calendarFeed({ db, space, name: localized(space.name, locale).text, origin: url.origin, locale });
		return feedResponse(feed, request, `${space.slug}.ics`);
	} catch (error) {
		return errorToResponse(error);
	}
};
