import { errorResponse } from './openapi-parts.ts';

type Operation = { parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> };

const header = (name: string, description: string) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } });
const etagHeader = {
	ETag: { description: 'The version of the resource (its `updatedAt`); send it back as `If-Match` with a change.', schema: { type: 'string' } }
};
const retryAfterHeader = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } };
const authenticateHeader = { 'WWW-Authenticate': { description: 'How to authenticate: `Bearer` with an API token.', schema: { type: 'string' } } };

/**
 * What the platform's HTTP layer adds to every operation the modules describe, said once here:
 * versions (`ETag`, `If-Match` → 412), idempotent POSTs (`Idempotency-Key` → 409, 422) and
 * the media type of bodies (415).
 */
export function withHttpConventions(paths: Record<string, Record<string, Operation>>): Record<string, Record<string, Operation>> {
	return Object.fromEntries(
		Object.entries(paths).map(([path, operations]) => [
			path,
			Object.fromEntries(Object.entries(operations).map(([method, operation]) => [method, withConventions(path, method, operation)]))
		])
	);
}

function withConventions(path: string, method: string, operation: Operation): Operation {
	const responses = { ...operation.responses };
	const parameters = [...(operation.parameters ?? [])];
	const singleResource = /\}$/.test(path);
	if (operation.requestBody) responses['415'] ??= errorResponse('The body is not JSON (`unsupported_media_type`).');
	if ((method === 'patch' || method === 'put') && singleResource) {
		parameters.push(header('If-Match', 'The ETag of the version the change was made on; another version answers 412.'));
		responses['412'] ??= errorResponse('Changed by somebody else since that version (`changed_meanwhile`; `details` say who and which fields).');
		for (const status of ['200', '201']) if (responses[status]) responses[status] = { ...(responses[status] as object), headers: etagHeader };
	}
	if (responses['401']) responses['401'] = { ...(responses['401'] as object), headers: authenticateHeader };
	if (responses['429']) responses['429'] = { ...(responses['429'] as object), headers: retryAfterHeader };
	if (method === 'get' && singleResource && responses['200']) responses['200'] = { ...(responses['200'] as object), headers: etagHeader };
	if (method === 'post' && operation.requestBody) {
		parameters.push(header('Idempotency-Key', 'Makes a retry safe: the same key with the same body within 24 hours gets the first answer again.'));
		responses['409'] ??= errorResponse('A request with this key is still being answered (`idempotency_key_in_use`).');
		responses['422'] ??= errorResponse('This key was used for a different request (`idempotency_key_reused`).');
	}
	return { ...operation, ...(parameters.length ? { parameters } : {}), responses };
}
