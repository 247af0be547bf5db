import { auditPolicy } from '../audit/audit.policy.ts';
import { peoplePolicy } from '../people/people.policy.ts';
import { fieldsPolicy } from '../fields/fields.policy.ts';
import { membershipsPolicy } from '../memberships/memberships.policy.ts';
import { organisationsPolicy } from '../organisations/organisations.policy.ts';
import { heldSpaceIds, ownOrganisationIds, type Actor } from '../policy/actor.ts';
import { authorize, type Policy } from '../policy/policy.ts';
import { notAllowed, notSignedIn } from '../policy/policy.errors.ts';
import { isAppError, type AppError } from '../shared/errors.ts';
import { spacesPolicy } from '../spaces/spaces.policy.ts';
import { teamPolicy } from '../team/team.policy.ts';

/**
 * Who may call each route, checked before the route runs. A route missing from this table, or a
 * method missing for a route, is refused: a new route is unreachable until someone decides who
 * may use it. Use cases authorise again with the same policies; this is the first fence.
 */
export type RouteAccess =
	| { kind: 'public' }
	/** A person signed in with a browser session (not an API token). */
	| { kind: 'session' }
	/**
	 * A policy action, on the space named by the route's `slug` when there is one; `session`: in a
	 * browser only (the back office), never with an API token.
	 */
	| { kind: 'policy'; policy: Policy<string>; action: string; session?: true };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteRule = Partial<Record<Method, RouteAccess>>;

const anyone: RouteAccess = { kind: 'public' };
const session: RouteAccess = { kind: 'session' };
const policy = (table: Policy<string>, action: string): RouteAccess => ({ kind: 'policy', policy: table, action });
const backOffice = (table: Policy<string>, action: string): RouteAccess => ({ kind: 'policy', policy: table, action, session: true });
const read = { GET: anyone } satisfies RouteRule;
const form = { GET: anyone, POST: anyone } satisfies RouteRule;
const sessionForm = { GET: session, POST: session } satisfies RouteRule;

export const routeAccess: Record<string, RouteRule> = {
	'/': read,
	'/spaces': read,
	'/spaces/[slug]': read,
	'/healthz': read,
	'/api/[...path]': { GET: anyone, POST: anyone, PUT: anyone, PATCH: anyone, DELETE: anyone },
	'/api/v1/openapi.json': read,
	'/api/v1/spaces': { GET: policy(spacesPolicy, 'read') },
	'/api/v1/spaces/[slug]': { GET: policy(spacesPolicy, 'read'), PATCH: policy(spacesPolicy, 'update') },
	'/api/v1/spaces/[slug]/audit': { GET: policy(auditPolicy, 'readSpace') },
	'/organisations': read,
	'/organisations/[id]': read,
	'/api/v1/organisations': { GET: policy(organisationsPolicy, 'read'), POST: policy(organisationsPolicy, 'create') },
	'/api/v1/organisations/[id]': { GET: policy(organisationsPolicy, 'read'), PATCH: policy(organisationsPolicy, 'update') },
	'/api/v1/fields': read,
	'/app/(public)/sign-in': form,
	'/app/(public)/setup/[token]': form,
	'/app/(public)/forgot-password': form,
	'/app/(public)/reset-password/[token]': form,
	'/app/(public)/invitations/[token]': form,
	'/app/(public)/unlock/[token]': form,
	'/app/(signed-in)': { GET: session },
	'/app/(signed-in)/sign-out': sessionForm,
	'/app/(signed-in)/account': sessionForm,
	'/app/(signed-in)/tokens': sessionForm,
	'/app/(signed-in)/organisations/duplicates': { GET: backOffice(organisationsPolicy, 'merge'), POST: backOffice(organisationsPolicy, 'merge') },
	'/app/(signed-in)/audit': { GET: backOffice(auditPolicy, 'readPlatform') },
	'/app/(signed-in)/spaces/[slug]/audit': { GET: backOffice(auditPolicy, 'readSpace') },
	'/app/(signed-in)/spaces/[slug]/profile': { GET: backOffice(spacesPolicy, 'update'), POST: backOffice(spacesPolicy, 'update') },
	'/app/(signed-in)/spaces/[slug]/team': { GET: backOffice(teamPolicy, 'manage'), POST: backOffice(teamPolicy, 'manage') },
	// people: the use cases decide for the person named (their current organisations)
	'/api/v1/people': { GET: policy(peoplePolicy, 'read'), POST: policy(peoplePolicy, 'create') },
	'/api/v1/people/[id]': { GET: policy(peoplePolicy, 'read'), PATCH: policy(peoplePolicy, 'update') },
	'/api/v1/people/[id]/consents': { POST: policy(peoplePolicy, 'update') },
	'/api/v1/people/[id]/export': { GET: policy(peoplePolicy, 'exportPersonalData') },
	'/api/v1/people/[id]/erase': { POST: policy(peoplePolicy, 'erase') },
	'/app/(signed-in)/people': { GET: backOffice(peoplePolicy, 'read') },
	'/app/(signed-in)/people/new': { GET: backOffice(peoplePolicy, 'create'), POST: backOffice(peoplePolicy, 'create') },
	'/app/(signed-in)/people/[id]': { GET: backOffice(peoplePolicy, 'read'), POST: backOffice(peoplePolicy, 'update') },
	'/app/(signed-in)/people/[id]/export': { GET: backOffice(peoplePolicy, 'exportPersonalData') },
	// organisation editor, logos, members of a space, fields of work
	'/organisations/[id]/logo': read,
	'/api/v1/spaces/[slug]/members': { GET: policy(membershipsPolicy, 'read') },
	'/api/v1/spaces/[slug]/members/[id]': { PUT: policy(membershipsPolicy, 'manage') },
	'/app/(signed-in)/organisations/new': { GET: backOffice(organisationsPolicy, 'create'), POST: backOffice(organisationsPolicy, 'create') },
	'/app/(signed-in)/organisations/[id]': { GET: backOffice(organisationsPolicy, 'update'), POST: backOffice(organisationsPolicy, 'update') },
	'/app/(signed-in)/spaces/[slug]/members': { GET: backOffice(membershipsPolicy, 'manage'), POST: backOffice(membershipsPolicy, 'manage') },
	'/app/(signed-in)/fields': { GET: backOffice(fieldsPolicy, 'manage'), POST: backOffice(fieldsPolicy, 'manage') },
	'/app/(signed-in)/organisations/import': { GET: backOffice(organisationsPolicy, 'import'), POST: backOffice(organisationsPolicy, 'import') },
	'/app/(signed-in)/organisations/import/[id]': { GET: backOffice(organisationsPolicy, 'import'), POST: backOffice(organisationsPolicy, 'import') },
	'/app/(signed-in)/organisations/import/[id]/progress': { GET: backOffice(organisationsPolicy, 'import') },
	'/organisations/export': read
};

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
	findSpaceId
}: {
	access: RouteAccess;
	actor: Actor;
	/** The id of the space the route names, if it names one that exists. */
	findSpaceId: () => Promise<string | undefined>;
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
		const spaceId = await findSpaceId();
		const spaceIds = spaceId === undefined ? heldSpaceIds(actor) : [];
		authorize(access.policy, actor, access.action, { spaceId, spaceIds, organisationIds: ownOrganisationIds(actor) });
		return undefined;
	} catch (error) {
		if (isAppError(error)) return error;
		throw error;
	}
}
