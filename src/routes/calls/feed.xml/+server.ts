import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { callsAtom } from '#lib/server/calls/calls.feeds.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The calls as an Atom feed, in the request's language. */
export const GET: RequestHandler = async ({ url }) => {
	const { db } = await getApp();
	const body = await callsAtom({ db, origin: url.origin, locale: getLocale() });
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=900' } });
};
