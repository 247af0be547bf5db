import { STATUS_CODES } from 'node:http';
import { getRequestEvent } from '$app/server';
import { json } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { AppError, httpStatusOf, isAppError } from '../shared/errors.ts';

/** RFC 9457: errors are problem details, in this media type. */
export const problemContentType = 'application/problem+json';

/** A problem type per stable code; a URN, so clients compare it and never fetch it. */
export const problemType = (code: string) => `urn:sticisce:problem:${code}`;

/** Seconds to wait before trying again, from a rate-limit error's details (`retryAfterSeconds` or `retryAfterMinutes`). */
export function retryAfterSecondsOf(details: Record<string, unknown> | undefined): number {
	if (typeof details?.retryAfterSeconds === 'number') return Math.ceil(details.retryAfterSeconds);
	if (typeof details?.retryAfterMinutes === 'number') return Math.ceil(details.retryAfterMinutes * 60);
	return 60;
}

/** The path the problem occurred at, when there is a request (`instance`). */
function currentPath(): string | undefined {
	try {
		return getRequestEvent().url.pathname;
	} catch {
		return undefined;
	}
}

/**
 * An error of the JSON API as RFC 9457 problem details: `type`, `title`, `status`, `detail`,
 * `instance`, and the stable `code`, `message` and `details` clients relied on before. A 401 says how
 * to authenticate (`WWW-Authenticate`), a 429 when to come back (`Retry-After`).
 */
export function apiError(status: number, code: string, message: string, details?: Record<string, unknown>) {
	const instance = currentPath();
	const body = {
		type: problemType(code),
		title: STATUS_CODES[status] ?? 'Error',
		status,
		detail: message,
		...(instance ? { instance } : {}),
		code,
		message,
		...(details ? { details } : {})
	};
	const response = json(body, { status, headers: { 'content-type': problemContentType } });
	if (status === 401) response.headers.set('www-authenticate', 'Bearer realm="sticisce"');
	if (status === 429) response.headers.set('retry-after', String(retryAfterSecondsOf(details)));
	return response;
}

/** The one place where domain errors become HTTP responses for the JSON API. */
export function errorToResponse(error: unknown): Response {
	if (isAppError(error)) return apiError(httpStatusOf(error), error.code, error.message, error.details);
	if (error instanceof ZodError) {
		return apiError(400, 'invalid_input', 'The request is not valid.', { issues: error.issues });
	}
	console.error(error);
	return apiError(500, 'internal_error', 'Something went wrong on the server.');
}

export async function respondJson<T>(work: () => Promise<T>): Promise<Response> {
	try {
		return json(await work());
	} catch (error) {
		return errorToResponse(error);
	}
}

/** For `export const fallback`: a method the endpoint does not have, answered in JSON. */
export function methodNotAllowed(allowed: string[]) {
	return ({ request }: { request: Request }) => {
		const response = apiError(405, 'method_not_allowed', `${request.method} is not allowed here; use ${allowed.join(' or ')}.`);
		response.headers.set('Allow', allowed.join(', '));
		return response;
	};
}

/** Whether the request says its body is JSON (`application/json` or a `+json` type), whatever its parameters. */
export function isJsonRequest(request: Request): boolean {
	const mediaType = request.headers.get('content-type')?.split(';')[0]!.trim().toLowerCase() ?? '';
	return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}

/** The JSON body of a request: a 415 for another media type, a 400 `invalid_json` that says what is wrong. */
export async function readJson(request: Request): Promise<unknown> {
	if (!isJsonRequest(request)) {
		throw new AppError('unsupported_media_type', 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
	}
	try {
		return await request.json();
	} catch {
		throw new AppError('invalid_json', 'invalid', 'The request body is not valid JSON.');
	}
}
