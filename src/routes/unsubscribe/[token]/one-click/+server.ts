import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { unsubscribe } from '#lib/server/newsletters/newsletters.signup.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

/**
 * RFC 8058: a mail client's one-click POST (`List-Unsubscribe=One-Click`) from its own servers, so
 * without our origin and without a CSRF token: the key in the address is the authority. The
 * production server lets exactly this route through the origin check (see one-click.js).
 */
export const POST: RequestHandler = async ({ params }) => {
	const { db } = await getApp();
	try {
		await unsubscribe({ db, token: params.token, source: 'one-click' });
		return new Response('Unsubscribed.\n', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
	} catch (error) {
		if (isAppError(error) && error.code === 'newsletter_unsubscribe_link_invalid') return new Response('Unknown link.\n', { status: 404 });
		throw error;
	}
};

/** Someone who opens the header's address in a browser gets the page with its button. */
export const GET: RequestHandler = ({ params }) => redirect(303, `/unsubscribe/${params.token}`);
