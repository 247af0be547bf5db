import { createHash } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { apiError } from '../http/api-responses.ts';
import type { Actor } from '../policy/actor.ts';
import { createIdempotencyRepository, idempotencyKeyLifetimeHours } from './idempotency.repository.ts';

/** Response headers a repeated answer carries again (the rest are the server's of the moment). */
const keptHeaders = ['content-type', 'location', 'etag', 'content-language'];

/** Printable ASCII, as the IETF draft on the header asks, and short enough to store. */
const isValidKey = (key: string) => /^[\x21-\x7e]{1,255}$/.test(key);

/** Whose key it is: a person (and the token they used). Anonymous callers cannot be told apart, so their keys are not kept. */
function callerOf(actor: Actor): string | undefined {
	if (actor.kind === 'session') return `user:${actor.userId}`;
	if (actor.kind === 'token') return `token:${actor.tokenId}`;
	return undefined;
}

/**
 * Answers an API POST sent with `Idempotency-Key`: the first request with a key is answered as
 * usual and its answer kept for a day; the same key again with the same request gets that answer
 * (`Idempotent-Replayed: true`) without a second write, with a different request a 422, and while
 * the first is still running a 409. A failure of the server (5xx) frees the key for a retry.
 */
export async function answerIdempotently({
	db,
	actor,
	request,
	resolve
}: {
	db: Database;
	actor: Actor;
	request: Request;
	resolve: () => Promise<Response>;
}): Promise<Response> {
	const key = request.headers.get('idempotency-key');
	const caller = callerOf(actor);
	if (key === null || caller === undefined) return resolve();
	if (!isValidKey(key)) return apiError(400, 'idempotency_key_invalid', 'Idempotency-Key must be 1 to 255 printable ASCII characters.');
	const body = Buffer.from(await request.clone().arrayBuffer());
	const requestHash = createHash('sha256')
		.update(`${request.method} ${new URL(request.url).pathname}\n`)
		.update(body)
		.digest('hex');
	const repository = createIdempotencyRepository({ db });
	const held = await repository.claim(caller, key, requestHash);
	if (!held.claimed) {
		if (held.requestHash !== requestHash) {
			return apiError(422, 'idempotency_key_reused', `This Idempotency-Key was used in the last ${idempotencyKeyLifetimeHours} hours for a different request.`);
		}
		if (!held.answer) return apiError(409, 'idempotency_key_in_use', 'A request with this Idempotency-Key is still being answered; try again in a moment.');
		return new Response(held.answer.body, { status: held.answer.status, headers: { ...held.answer.headers, 'idempotent-replayed': 'true' } });
	}
	let response: Response;
	try {
		response = await resolve();
	} catch (error) {
		await repository.release(caller, key);
		throw error;
	}
	if (response.status >= 500) {
		await repository.release(caller, key);
		return response;
	}
	const text = await response.text();
	const headers = Object.fromEntries(keptHeaders.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));
	await repository.store(caller, key, { status: response.status, headers, body: text });
	return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
}
