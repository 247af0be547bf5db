import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getProjectCoverImage, projectIdBySlug } from '#lib/server/projects/cover/project-cover.usecases.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

const notFound = () =>
	new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/**
 * A project's cover image, served like organisations' logos: kept an hour, then asked again with
 * its ETag; its type was checked on upload and is never to be guessed, and it may not run anything.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const { db } = await getApp();
	let cover;
	try {
		const space = spaceOf(locals, params.slug);
		cover = await getProjectCoverImage({ db, space, projectId: await projectIdBySlug({ db, space, slug: params.project }) });
	} catch (error) {
		if (isAppError(error) && error.kind === 'not_found') return notFound();
		throw error;
	}
	const lastModified = new Date(Math.floor(cover.updatedAt.getTime() / 1000) * 1000);
	const headers = {
		'cache-control': 'public, max-age=3600',
		etag: cover.etag,
		'last-modified': lastModified.toUTCString(),
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox"
	};
	const since = request.headers.get('if-modified-since');
	const matches = request.headers.get('if-none-match');
	const fresh = matches ? matches.split(',').some((tag) => tag.trim() === cover.etag) : since !== null && new Date(since) >= lastModified;
	if (fresh) return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(cover.content), {
		headers: { ...headers, 'content-type': cover.contentType, 'content-length': String(cover.content.byteLength) }
	});
};
