import { error } from '@sveltejs/kit';
import { httpStatusOf, isAppError } from '../shared/errors.ts';

/**
 * For page loads: a domain error becomes SvelteKit's error page with the matching status (the
 * same mapping as the API); anything else is rethrown and shows as a generic 500.
 */
export function rethrowForPage(cause: unknown): never {
	if (isAppError(cause)) error(httpStatusOf(cause), cause.message);
	throw cause;
}
