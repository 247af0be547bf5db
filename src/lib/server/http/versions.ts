import { json } from '@sveltejs/kit';
import type { ExpectedVersion } from '../audit/edit-conflict.ts';

/**
 * A resource's version is its `updatedAt`: its ETag is that instant, quoted. A client sends it back
 * as `If-Match` with a change, and a change to a version that is no longer current is refused
 * (412 `changed_meanwhile`) instead of overwriting somebody else's.
 */
export const etagOf = (updatedAt: string) => `"${updatedAt}"`;

/** The version a change was made on, from `If-Match`; none (or `*`) means the client asks for no check. */
export function expectedVersionOf(request: Request): ExpectedVersion {
	const ifMatch = request.headers.get('if-match')?.trim();
	if (!ifMatch || ifMatch === '*') return {};
	// one version is all a resource ever has: a list is answered by its first entry; a weak tag compares the same
	const first = ifMatch.split(',')[0]!.trim().replace(/^W\//, '');
	return { expectedUpdatedAt: first.replace(/^"|"$/g, '') };
}

/**
 * A resource as JSON with its ETag; a GET whose `If-None-Match` names the current version is
 * answered 304 without the body.
 */
export function versionedJson(request: Request, resource: { updatedAt: string }, init: ResponseInit = {}): Response {
	const etag = etagOf(resource.updatedAt);
	const headers = new Headers(init.headers);
	headers.set('etag', etag);
	const ifNoneMatch = request.headers.get('if-none-match');
	if (request.method === 'GET' && ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
		return new Response(null, { status: 304, headers });
	}
	return json(resource, { ...init, headers });
}
