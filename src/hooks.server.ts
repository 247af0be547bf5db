import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getApp, stopApp } from '#lib/server/app.ts';
import { securityHeaders } from '#lib/server/security-headers.js';
import { authenticate } from '#lib/server/auth/authenticate.ts';
import { apiError, errorToResponse } from '#lib/server/http/api-responses.ts';
import { accessFor, allowedMethods, checkRouteAccess } from '#lib/server/http/route-access.ts';
import { trackRequest } from '#lib/server/http/in-flight.ts';
import { addConventionHeaders } from '#lib/server/http/conventions.ts';
import { answerIdempotently } from '#lib/server/api/idempotency.ts';
import { localeOfPath, plainPage } from '#lib/server/http/plain-page.ts';
import { bodyExceeds, bodyLimitFor, formatBytes, isMalformedPath, malformedQueryParameter } from '#lib/server/http/request-guards.ts';
import { m } from '#lib/paraglide/messages.js';
import { localHref } from '#lib/shared/links.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { logError } from '#lib/server/shared/log.ts';
import { findSpace, movedAddress } from '#lib/server/spaces/space-scope.ts';
import { redirect } from '@sveltejs/kit';

export const init: ServerInit = async () => {
	await getApp();
	process.once('sveltekit:shutdown', () => void stopApp());
};

/**
 * An unexpected error (not one thrown with `error()`, not SvelteKit's own 404s), logged without the
 * personal data it may carry (see log.ts); the page and status stay SvelteKit's defaults.
 */
export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind === 'unknown') logError(`${event.request.method} ${event.route.id ?? 'unknown route'} failed`, error);
};

/** Counts the request while it is answered, so that a shutdown waits for it (see in-flight.ts). */
const trackInFlight: Handle = ({ event, resolve }) => trackRequest(() => resolve(event));

const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

/**
 * Refuses what no route should see: an address that names no page (404), a query parameter
 * with characters no handler can use (400), a body larger than the route takes (413).
 */
const guardRequest: Handle = async ({ event, resolve }) => {
	const { pathname, search } = event.url;
	const api = isApiPath(pathname);
	const locale = localeOfPath(pathname);
	if (isMalformedPath(pathname)) {
		if (api) return apiError(404, 'not_found', 'There is no API endpoint at this address.');
		return plainPage({ status: 404, locale, title: m.error_not_found_title({}, { locale }), body: m.error_not_found_body({}, { locale }) });
	}
	const parameter = malformedQueryParameter(search);
	if (parameter !== undefined) {
		if (api)
			return apiError(400, 'invalid_query_parameter', `The query parameter ${JSON.stringify(parameter)} is not valid UTF-8 or holds control characters.`, {
				parameter
			});
		return plainPage({ status: 400, locale, title: m.input_bad_address_title({}, { locale }), body: m.input_bad_address_body({ parameter }, { locale }) });
	}
	const limit = bodyLimitFor(event.route.id);
	if (await bodyExceeds(event.request, limit)) {
		if (api) return apiError(413, 'payload_too_large', `The request body is larger than ${formatBytes(limit)}.`, { maxBytes: limit });
		return plainPage({
			status: 413,
			locale,
			title: m.input_too_large_title({}, { locale }),
			body: m.input_too_large_body({ size: formatBytes(limit) }, { locale })
		});
	}
	return resolve(event);
};

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) => resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) }));

/** `/sl/…` is the same page as `/…`: one address per page. */
const redirectBaseLocalePrefix: Handle = ({ event, resolve }) => {
	const { pathname, search } = event.url;
	if (pathname === '/sl' || pathname.startsWith('/sl/')) redirect(308, `${pathname.slice(3) || '/'}${search}`);
	return resolve(event);
};

/** Cache, language and retry headers by the web's conventions (see conventions.ts). */
const conventionHeaders: Handle = async ({ event, resolve }) => addConventionHeaders({ url: event.url, actor: event.locals.actor }, await resolve(event));

/** An API POST with an `Idempotency-Key` is answered once, however often it is sent (see idempotency.ts). */
const idempotentPosts: Handle = async ({ event, resolve }) => {
	if (event.request.method !== 'POST' || !event.url.pathname.startsWith('/api/v1/')) return resolve(event);
	const { db } = await getApp();
	return answerIdempotently({ db, actor: event.locals.actor, request: event.request, resolve: () => resolve(event) });
};

// The production server sets these on every response (scripts/server.js); this covers `vite dev`.
const addSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(securityHeaders)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};

/** Authenticate: who sends this request (a session cookie, a bearer token or nobody). */
const authenticateRequest: Handle = async ({ event, resolve }) => {
	const { db, auth } = await getApp();
	try {
		event.locals.actor = await authenticate({ db, auth, headers: event.request.headers });
	} catch (error) {
		if (isAppError(error)) return errorToResponse(error);
		throw error;
	}
	return resolve(event);
};

/** The space a route's `[slug]` names, found once for the fence, the handlers and the use cases. */
const resolveSpace: Handle = async ({ event, resolve }) => {
	const slug = event.params.slug;
	if (!slug) return resolve(event);
	const { db } = await getApp();
	event.locals.space = await findSpace(db, slug);
	// a renamed space: its old address (a page or the API) moved for good
	const moved = event.locals.space ? undefined : await movedAddress(db, event.url, slug);
	if (moved) redirect(308, moved);
	return resolve(event);
};

/** The first fence: the route table says who may call a route at all (deny by default). */
const authorizeRoute: Handle = async ({ event, resolve }) => {
	const routeId = event.route.id;
	if (!routeId) return resolve(event);
	const isApi = routeId.startsWith('/api/') || routeId === '/healthz';
	const access = accessFor(routeId, event.request.method);
	if (!access) {
		const allowed = allowedMethods(routeId).join(', ');
		const response = isApi
			? apiError(405, 'method_not_allowed', `${event.request.method} is not allowed here; use ${allowed}.`)
			: new Response('Method not allowed', { status: 405 });
		response.headers.set('Allow', allowed);
		return response;
	}
	const refusal = await checkRouteAccess({ access, actor: event.locals.actor, spaceId: event.locals.space?.id });
	if (!refusal) return resolve(event);
	if (isApi) return errorToResponse(refusal);
	if (refusal.kind === 'unauthenticated') {
		redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	// form actions run before any load, so nothing else would stop them: refuse here
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
		return new Response(refusal.message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	// a page: its own load authorises with the same policy and shows the 403 page in the site's
	// layout (the authorization matrix test holds every page to that)
	return resolve(event);
};

export const handle = sequence(
	trackInFlight,
	guardRequest,
	redirectBaseLocalePrefix,
	handleLocale,
	authenticateRequest,
	resolveSpace,
	conventionHeaders,
	authorizeRoute,
	idempotentPosts,
	addSecurityHeaders
);
