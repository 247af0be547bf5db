import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { sitemapIndex, sitemapPart } from '#lib/server/settings/sitemap.ts';
import { postsSitemapPart, withPostsPart } from '#lib/server/posts/posts.sitemap.ts';
import { callsSitemap, withCallsPart, xmlResponse } from '#lib/server/calls/calls.feeds.ts';

/** The sitemap index, or one of its parts (`?part=pages`, `?part=organisations-1` …). */
export const GET: RequestHandler = async ({ url }) => {
	const { db } = await getApp();
	const part = url.searchParams.get('part');
	// the parts of posts and calls (issue 14), and their lines in the index
	if (part === 'posts') return xmlResponse(await postsSitemapPart({ db, origin: url.origin }));
	if (part === 'calls') return xmlResponse(await callsSitemap({ db, origin: url.origin }));
	if (part === null) return xmlResponse(withCallsPart(withPostsPart(await sitemapIndex({ db, origin: url.origin }), url.origin), url.origin));
	const xml = await sitemapPart({ db, origin: url.origin, part });
	if (xml === undefined) error(404, 'No such part of the sitemap');
	return xmlResponse(xml);
};
