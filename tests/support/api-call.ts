import type { PeopleApp } from './people-app.ts';

/** Calls `/api/v1<path>` of the people app, as a fixture token (by key) or anonymously, and reads the JSON answer. */
export async function callApi(people: PeopleApp, path: string, { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {}) {
	const response = await fetch(`${people.app.url}/api/v1${path}`, {
		method,
		headers: {
			...(token ? { authorization: `Bearer ${people.fixture.tokens[token]!.token}` } : {}),
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}
