import type { RequestHandler } from './$types';

/** Search engines may read the public site, not the back office or the API; the sitemap lists the pages. */
export const GET: RequestHandler = ({ url }) =>
	new Response(['User-agent: *', 'Disallow: /app', 'Disallow: /en/app', 'Disallow: /api/', '', `Sitemap: ${url.origin}/sitemap.xml`, ''].join('\n'), {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' }
	});
