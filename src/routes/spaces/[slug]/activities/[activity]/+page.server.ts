import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { eventJsonLd } from '#lib/server/activities/calendar/event-json-ld.ts';
import { getEventPage } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { jsonLdText } from '#lib/server/organisations/organisation-json-ld.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const page = await getEventPage({ db, actor: locals.actor, space, slug: params.activity }).catch(rethrowForPage);
	const spaceView = { slug: space.slug, name: space.name };
	return {
		page,
		space: spaceView,
		jsonLd: jsonLdText(eventJsonLd({ page, space: spaceView, origin: url.origin, locale: getLocale() })),
		feedUrl: new URL(`/spaces/${space.slug}/activities/${page.activity.slug}/calendar.ics`, url.origin).href
	};
};
