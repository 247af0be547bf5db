import type { Handle, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getApp, stopApp } from '#lib/server/app.ts';
import { securityHeaders } from '#lib/server/security-headers.ts';
import { authenticate } from '#lib/server/auth/authenticate.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { redirect } from '@sveltejs/kit';

export const init: ServerInit = async () => {
	await getApp();
	process.once('sveltekit:shutdown', () => void stopApp());
};

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) })
	);

/** `/sl/…` is the same page as `/…`: one address per page. */
const redirectBaseLocalePrefix: Handle = ({ event, resolve }) => {
	const { pathname, search } = event.url;
	if (pathname === '/sl' || pathname.startsWith('/sl/')) redirect(308, `${pathname.slice(3) || '/'}${search}`);
	return resolve(event);
};

// The production server sets these on every response (scripts/server.ts); this covers `vite dev`.
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

export const handle = sequence(redirectBaseLocalePrefix, handleLocale, authenticateRequest, addSecurityHeaders);
