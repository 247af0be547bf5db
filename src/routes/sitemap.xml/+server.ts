import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { sitemapIndex, sitemapPart } from '#lib/server/settings/sitemap.ts';
import { callsSitemap, withCallsPart, xmlResponse } from '#lib/server/calls/calls.feeds.ts';

/** The sitemap index, or one of its parts (`?part=pages`, `?part=organisations-1` …). */
export const GET: RequestHandler = async ({ url }) => {
	const { db } = await getApp();
	const part = url.searchParams.get('part');
	// the calls module's part (the list and every call's page), and the index naming it
	if (part === 'calls') return xmlResponse(await callsSitemap({ db, origin: url.origin }));
	if (part === null) return xmlResponse(withCallsPart(await sitemapIndex({ db, origin: url.origin }), url.origin));
	const xml = part === null ? await sitemapIndex({ db, origin: url.origin }) : await sitemapPart({ db, origin: url.origin, part });
	if (xml === undefined) error(404, 'No such part of the sitemap');
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
