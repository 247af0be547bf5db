import { error } from '@sveltejs/kit';
import { httpStatusOf, isAppError } from '../shared/errors.ts';
import { spaceOf, type SpaceRef } from '../spaces/space-scope.ts';

/**
 * For page loads: a domain error becomes SvelteKit's error page with the matching status (the
 * same mapping as the API); anything else is rethrown and shows as a generic 500.
 */
export function rethrowForPage(cause: unknown): never {
	if (isAppError(cause)) error(httpStatusOf(cause), cause.message);
	throw cause;
}

/** For page loads: the space the request names (see `spaceOf`), or the not-found page. */
export function spaceForPage(locals: { space?: SpaceRef }, slug: string): SpaceRef {
	try {
		return spaceOf(locals, slug);
	} catch (cause) {
		rethrowForPage(cause);
	}
}
