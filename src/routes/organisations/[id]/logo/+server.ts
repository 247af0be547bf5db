import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getLogo } from '#lib/server/organisations/logo/logo.usecases.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

/**
 * An organisation's logo. Browsers keep it an hour and then ask again with the ETag; the type
 * was checked on upload and is never to be guessed, and the image may not run anything.
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const { db } = await getApp();
	let logo;
	try {
		logo = await getLogo({ db, organisationId: params.id });
	} catch (error) {
		if (isAppError(error) && error.kind === 'not_found') {
			return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
		}
		throw error;
	}
	const lastModified = new Date(Math.floor(logo.updatedAt.getTime() / 1000) * 1000);
	const headers = {
		'cache-control': 'public, max-age=3600',
		etag: logo.etag,
		'last-modified': lastModified.toUTCString(),
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox"
	};
	const since = request.headers.get('if-modified-since');
	const matches = request.headers.get('if-none-match');
	const fresh = matches ? matches.split(',').some((tag) => tag.trim() === logo.etag) : since !== null && new Date(since) >= lastModified;
	if (fresh) return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(logo.content), {
		headers: { ...headers, 'content-type': logo.contentType, 'content-length': String(logo.content.byteLength) }
	});
};
