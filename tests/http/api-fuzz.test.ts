import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFuzz, pageRequests, type FuzzRequest, type KnownValues, type OpenApiDocument } from '../support/api-fuzz.ts';
import { startRegistryPeopleApp, type RegistryPeopleApp } from '../support/registry-people-app.ts';

/*
 * A bounded, seeded fuzz of every operation of the OpenAPI document, as a platform admin with a
 * token of every scope (so that handlers, not only the authorisation gate, see the input), and of
 * pages and malformed addresses. No answer may be a 5xx; every refusal of the API is a problem body.
 * `npm run bench:fuzz` runs it longer (FUZZ_RUNS, FUZZ_SEED).
 */
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 40);
const seed = Number(process.env.FUZZ_SEED ?? 20_251_109);
const concurrency = 4;
const timeout = Number(process.env.FUZZ_TIMEOUT ?? 120_000);

let people: RegistryPeopleApp;
let known: KnownValues;
beforeAll(async () => {
	people = await startRegistryPeopleApp();
	const { tri, ljudmila } = people.registry.organisations;
	const person = await send({
		operation: 'setup',
		method: 'POST',
		path: '/api/v1/people',
		contentType: 'application/json',
		body: JSON.stringify({ name: 'Fuzz Test' })
	});
	known = { slugs: ['grozd', 'iskra'], ids: [tri, ljudmila, ((await person.json()) as { id: string }).id] };
});
afterAll(async () => {
	if (process.env.FUZZ_PRINT_STATUSES)
		console.log(
			[...statuses]
				.sort()
				.map(([key, times]) => `${times}\t${key}`)
				.join('\n')
		);
	await people?.app.close();
});

const asAdminToken = () => ({ authorization: `Bearer ${people.registry.tokens.platformAdminEverything}` });

function send(request: FuzzRequest, credentials: Record<string, string> = asAdminToken()) {
	return fetch(`${people.app.url}${request.path}`, {
		method: request.method,
		redirect: 'manual',
		headers: {
			origin: people.app.url,
			...credentials,
			...(request.contentType ? { 'content-type': request.contentType } : {})
		},
		body: request.body
	});
}

const isProblem = (body: unknown) =>
	typeof body === 'object' &&
	body !== null &&
	typeof (body as { code?: unknown }).code === 'string' &&
	typeof (body as { message?: unknown }).message === 'string';

/** What is wrong with the answer to a request, or undefined. */
async function problemWith(request: FuzzRequest, response: Response): Promise<string | undefined> {
	const text = await response.text();
	if (response.status >= 500) return `${response.status}: ${text.slice(0, 200)}`;
	// 431: Node's HTTP parser refuses an address past 16 KB before the app could answer
	if (!request.path.startsWith('/api/') || response.status < 400 || response.status === 431) return undefined;
	try {
		if (isProblem(JSON.parse(text))) return undefined;
	} catch {
		// not JSON: reported below
	}
	return `${response.status} without a problem body: ${text.slice(0, 200)}`;
}

type Failure = { request: string; problem: string };

/** How often each operation answered with each status: printed by `npm run bench:fuzz`. */
const statuses = new Map<string, number>();
const count = (request: FuzzRequest, status: number) => {
	const key = `${request.operation} → ${status}`;
	statuses.set(key, (statuses.get(key) ?? 0) + 1);
};

async function run(requests: FuzzRequest[], credentials: Record<string, string> = asAdminToken()): Promise<Failure[]> {
	const failures: Failure[] = [];
	const queue = [...requests];
	const worker = async () => {
		for (let request = queue.shift(); request; request = queue.shift()) {
			// once more after a network error: a kept-alive connection the server has just closed (it
			// does after a 431) may be handed to the next request; a second failure is reported
			const problem = await send(request, credentials)
				.catch(() => send(request, credentials))
				.then(
					(response) => {
						count(request, response.status);
						return problemWith(request, response);
					},
					(error: Error) => `no answer: ${error.message} (${String(error.cause)})`
				);
			if (problem) failures.push({ request: `${request.method} ${request.path.slice(0, 300)} ${(request.body ?? '').slice(0, 300)}`, problem });
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return failures;
}

describe('fuzz', () => {
	it('answers every operation of the API without a 5xx, refusing with problem bodies', { timeout }, async () => {
		const document = (await (await fetch(`${people.app.url}/api/v1/openapi.json`)).json()) as OpenApiDocument;
		const { operations } = createFuzz(document, known);
		expect(operations.length).toBeGreaterThan(15);
		const requests = operations.flatMap((operation, index) => fc.sample(operation.requests, { numRuns: runsPerOperation, seed: seed + index }));
		const failures = await run(requests);
		expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
	});

	it('answers pages and malformed addresses without a 5xx, signed in and not', { timeout }, async () => {
		const requests = fc.sample(pageRequests(known), { numRuns: runsPerOperation * 4, seed });
		const signedIn = { cookie: people.cookies.platformAdmin! };
		const failures = [...(await run(requests)), ...(await run(requests, signedIn))];
		expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
	});
});
