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
 * A resource as JSON with its ETag. The tag is the version of the fields a PATCH changes: parts kept
 * apart (a person's affiliations and consents, an organisation's logo) do not change it, so it is no
 * validator for caches (`If-None-Match` is not answered with 304; personal answers are not cached anyway).
 */
export function versionedJson(resource: { updatedAt: string }, init: ResponseInit = {}): Response {
	const headers = new Headers(init.headers);
	headers.set('etag', etagOf(resource.updatedAt));
	return json(resource, { ...init, headers });
}
