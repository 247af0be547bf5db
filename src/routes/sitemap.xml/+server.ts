import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { sitemapIndex, sitemapPart } from '#lib/server/settings/sitemap.ts';
import { postsSitemapPart, withPostsPart } from '#lib/server/posts/posts.sitemap.ts';

/** The sitemap index, or one of its parts (`?part=pages`, `?part=organisations-1` …). */
export const GET: RequestHandler = async ({ url }) => {
	const { db } = await getApp();
	const part = url.searchParams.get('part');
	// the posts' part (issue 14), and its line in the index
	const posts =
		part === 'posts'
			? await postsSitemapPart({ db, origin: url.origin })
			: part === null
				? withPostsPart(await sitemapIndex({ db, origin: url.origin }), url.origin)
				: undefined;
	if (posts) return new Response(posts, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
	const xml = part === null ? await sitemapIndex({ db, origin: url.origin }) : await sitemapPart({ db, origin: url.origin, part });
	if (xml === undefined) error(404, 'No such part of the sitemap');
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
