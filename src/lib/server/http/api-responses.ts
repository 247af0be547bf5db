import { json } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { AppError, httpStatusOf, isAppError } from '../shared/errors.ts';

export function apiError(status: number, code: string, message: string, details?: Record<string, unknown>) {
	return json(details ? { code, message, details } : { code, message }, { status });
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

/** The JSON body of a request, or a 400 `invalid_json` that says what is wrong. */
export async function readJson(request: Request): Promise<unknown> {
	if (!request.headers.get('content-type')?.includes('application/json')) {
		throw new AppError('unsupported_media_type', 'invalid', 'Send the body as JSON with Content-Type: application/json.');
	}
	try {
		return await request.json();
	} catch {
		throw new AppError('invalid_json', 'invalid', 'The request body is not valid JSON.');
	}
}
