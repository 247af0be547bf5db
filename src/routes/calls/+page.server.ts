import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { byMonth, callsPage } from '#lib/server/calls/calls.pages.ts';
import { localHref } from '#lib/shared/links.ts';

// public pages: what anyone may read, whoever asks (a token's scopes are the API's business)
export const load: PageServerLoad = async ({ url }) => {
	const { db } = await getApp();
	const page = await callsPage({ db, actor: anonymous, params: url.searchParams });
	return {
		...page,
		months: page.archive ? [] : byMonth(page.calls),
		atomUrl: new URL(localHref('/calls/feed.xml'), url.origin).href,
		icsUrl: new URL('/calls.ics', url.origin).href
	};
};
