import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getPostImageVariant } from '#lib/server/posts/post-images.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

const notFound = () =>
	new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/**
 * A resized variant of a post image (`1600.webp`, `800.jpg` …), like projects' covers: an image
 * never changes under its id, so it is kept a long time; it may not run anything.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const { db } = await getApp();
	let image;
	try {
		image = await getPostImageVariant({ db, space: spaceOf(locals, params.slug), imageId: params.image, file: params.file });
	} catch (error) {
		if (isAppError(error) && (error.kind === 'not_found' || error.kind === 'invalid')) return notFound();
		throw error;
	}
	const headers = {
		'cache-control': 'public, max-age=31536000, immutable',
		etag: image.etag,
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox"
	};
	if (
		request.headers
			.get('if-none-match')
			?.split(',')
			.some((tag) => tag.trim() === image.etag)
	)
		return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(image.content), {
		headers: { ...headers, 'content-type': image.contentType, 'content-length': String(image.content.byteLength) }
	});
};
