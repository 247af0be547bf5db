import type { Feed } from './calendar.usecases.ts';

/**
 * An iCalendar answer (RFC 5545's media type, UTF-8) that calendar clients may keep for a quarter of
 * an hour and then revalidate: the same content answers 304 to its ETag.
 */
export function feedResponse(feed: Feed, request: Request, filename: string): Response {
	const headers = new Headers({
		'content-type': 'text/calendar; charset=utf-8',
		'content-disposition': `inline; filename="${filename.replace(/[^a-z0-9._-]/gi, '-')}"`,
		'cache-control': 'public, max-age=900',
		etag: feed.etag
	});
	if (feed.lastModified) headers.set('last-modified', feed.lastModified.toUTCString());
	const asked = request.headers.get('if-none-match');
	if (asked && asked.split(',').some((tag) => tag.trim() === feed.etag || tag.trim() === `W/${feed.etag}`)) return new Response(null, { status: 304, headers });
	return new Response(feed.body, { headers });
}
