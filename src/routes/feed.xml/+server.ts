import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { atomResponse, postsFeed } from '#lib/server/posts/posts.feed.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/** Every space's posts as Atom, in the language of the address (`/en/feed.xml` for English). */
export const GET: RequestHandler = async ({ url, request }) => {
	const { db } = await getApp();
	const locale = getLocale();
	const prefix = locale === 'en' ? '/en' : '';
	const feed = await postsFeed({
		db,
		locale,
		origin: url.origin,
		title: m.posts_feed_title_site({ site: m.site_name() }),
		selfPath: `${prefix}/feed.xml`,
		pagePath: `${prefix}/news`
	});
	return atomResponse(feed, request);
};
