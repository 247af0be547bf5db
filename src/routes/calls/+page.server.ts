import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { byMonth, callsPage } from '#lib/server/calls/calls.pages.ts';
import { localHref } from '#lib/shared/links.ts';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { db } = await getApp();
	const page = await callsPage({ db, actor: locals.actor, params: url.searchParams });
	return {
		...page,
		months: page.archive ? [] : byMonth(page.calls),
		atomUrl: new URL(localHref('/calls/feed.xml'), url.origin).href,
		icsUrl: new URL('/calls.ics', url.origin).href
	};
};
