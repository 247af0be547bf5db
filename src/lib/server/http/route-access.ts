import type { Method, RouteAccess, RouteRule } from '../manifest/access-rules.ts';
import { declaredByModules, type ModuleManifest } from '../manifest/manifest.ts';
import { modules } from '../modules.ts';
import { heldSpaceIds, ownOrganisationIds, type Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { notAllowed, notSignedIn } from '../policy/policy.errors.ts';
import { isAppError, type AppError } from '../shared/errors.ts';

/**
 * Who may call each route, checked before the route runs: the routes every module declares in its
 * manifest. A route missing from this table, or a method missing for a route, is refused: a new
 * route is unreachable until its module decides who may use it. Use cases authorise again with the
 * same policies; this is the first fence.
 */
export function routeTableOf(manifests: readonly ModuleManifest[]): Record<string, RouteRule> {
	return declaredByModules(manifests, (manifest) => manifest.routes, 'route');
}

export const routeAccess: Record<string, RouteRule> = routeTableOf(modules);

export function accessFor(routeId: string, method: string): RouteAccess | undefined {
	const rule = routeAccess[routeId];
	return rule?.[(method === 'HEAD' ? 'GET' : method) as Method];
}

export function allowedMethods(routeId: string): string[] {
	return Object.keys(routeAccess[routeId] ?? {});
}

/** Whether `actor` passes the route's fence; the error says why not (401 or 403). */
export async function checkRouteAccess({
	access,
	actor,
	spaceId
}: {
	access: RouteAccess;
	actor: Actor;
	/** The id of the space the route names, if it names one that exists. */
	spaceId: string | undefined;
}): Promise<AppError | undefined> {
	if (access.kind === 'public') return undefined;
	if (access.kind === 'session') {
		if (actor.kind === 'session') return undefined;
		return actor.kind === 'anonymous' ? notSignedIn() : notAllowed('session');
	}
	if (access.session && actor.kind === 'token') return notAllowed('session');
	try {
		// The fence cannot know which organisation or person a route names before loading it, so a
		// member editor passes for their own organisation and a space's admin for a resource
		// connected to their spaces; the use case decides for the one actually named.
		const spaceIds = spaceId === undefined ? heldSpaceIds(actor) : [];
		authorize(access.policy, actor, access.action, { spaceId, spaceIds, organisationIds: ownOrganisationIds(actor) });
		return undefined;
	} catch (error) {
		if (isAppError(error)) return error;
		throw error;
	}
}
