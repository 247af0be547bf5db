import { error } from '@sveltejs/kit';
import type { Actor } from '../policy/actor.ts';
import { authorize, type Policy, type Resource } from '../policy/policy.ts';
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

/** For page loads: the 403 page (or the sign-in) unless the policy lets the actor do `action`. */
export function authorizePage<Action extends string>(policy: Policy<Action>, actor: Actor, action: Action, resource?: Resource): void {
	try {
		authorize(policy, actor, action, resource);
	} catch (cause) {
		rethrowForPage(cause);
	}
}
