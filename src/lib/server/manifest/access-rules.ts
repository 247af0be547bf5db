import type { Policy } from '../policy/policy.ts';

/**
 * Who may call a route, checked before the route runs (see route-access.ts). Each module declares
 * its routes with these in its manifest.
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

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteRule = Partial<Record<Method, RouteAccess>>;

export const anyone: RouteAccess = { kind: 'public' };
export const session: RouteAccess = { kind: 'session' };
export const policy = (table: Policy<string>, action: string): RouteAccess => ({ kind: 'policy', policy: table, action });
export const backOffice = (table: Policy<string>, action: string): RouteAccess => ({ kind: 'policy', policy: table, action, session: true });
/** A page anyone may read. */
export const read = { GET: anyone } satisfies RouteRule;
/** A page with a form anyone may send (sign-in, password reset). */
export const form = { GET: anyone, POST: anyone } satisfies RouteRule;
/** A page with a form for whoever is signed in. */
export const sessionForm = { GET: session, POST: session } satisfies RouteRule;
/** A back-office page and its form, both under one policy action. */
export const backOfficeForm = (table: Policy<string>, action: string): RouteRule => ({ GET: backOffice(table, action), POST: backOffice(table, action) });
