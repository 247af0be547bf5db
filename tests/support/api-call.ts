import type { PeopleApp } from './people-app.ts';

/**
 * Calls the JSON API of the app `app()` returns (started in `beforeAll`), as a token of its
 * fixture when one is named; answers the status and the parsed body.
 */
export function apiCaller(app: () => PeopleApp) {
	return async (path: string, { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {}) => {
		const response = await fetch(`${app().app.url}/api/v1${path}`, {
			method,
			headers: {
				...(token ? { authorization: `Bearer ${app().fixture.tokens[token]!.token}` } : {}),
				...(body === undefined ? {} : { 'content-type': 'application/json' })
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		return { status: response.status, body: await response.json() };
	};
}

/** One call, as `apiCaller` makes them, to the people app given. */
export const callApi = (people: PeopleApp, path: string, options?: Parameters<ReturnType<typeof apiCaller>>[1]) => apiCaller(() => people)(path, options);
