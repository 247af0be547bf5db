import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { atomResponse, postsFeed } from '#lib/server/posts/posts.feed.ts';
import { localized } from '#lib/shared/locale.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A space's posts as Atom, in the language of the address (`/en/spaces/{slug}/feed.xml` for English). */
export const GET: RequestHandler = async ({ url, params, locals, request }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const locale = getLocale();
	const prefix = locale === 'en' ? '/en' : '';
	const feed = await postsFeed({
		db,
		space,
		locale,
		origin: url.origin,
		title: m.posts_feed_title_space({ space: localized(space.name, locale).text }),
		selfPath: `${prefix}/spaces/${space.slug}/feed.xml`,
		pagePath: `${prefix}/spaces/${space.slug}/posts`
	}).catch(rethrowForPage);
	return atomResponse(feed, request);
};
