import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFor, routeAccess } from '../../src/lib/server/http/route-access.ts';
import type { Actor } from '../../src/lib/server/policy/actor.ts';
import { can } from '../../src/lib/server/policy/policy.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

type Caller = { name: string; headers: Record<string, string>; actor: Actor };

let people: PeopleApp;
let callers: Caller[];

beforeAll(async () => {
	people = await startPeopleApp();
	const { fixture, cookies } = people;
	const memberships = (role: string | null) => new Map(role ? [[fixture.spaceId, { role: role as never, organisationId: null }]] : []);
	const personActor = (key: string) => {
		const person = fixture.people[key]!;
		return {
			userId: person.userId,
			email: person.email,
			name: key,
			isPlatformAdmin: person.isPlatformAdmin,
			memberships: memberships(person.role)
		};
	};
	callers = [
		{ name: 'anonymous', headers: {}, actor: { kind: 'anonymous' } },
		...Object.keys(fixture.people).map((key) => ({
			name: key,
			headers: { cookie: cookies[key]! },
			actor: { kind: 'session', ...personActor(key) } as Actor
		})),
		...Object.entries(fixture.tokens).map(([key, token]) => ({
			name: `token ${key}`,
			headers: { authorization: `Bearer ${token.token}` },
			actor: { kind: 'token', tokenId: token.tokenId, scopes: token.scopes, ...personActor(token.owner) } as Actor
		}))
	];
});
afterAll(() => people?.app.close());

const concretePath = (routeId: string) =>
	routeId
		.replace(/\/\([^)]+\)/g, '')
		.replace('[slug]', 'grozd')
		.replace('[token]', 'not-a-real-token')
		.replace(/\[id\]/g, '00000000-0000-4000-8000-000000000000')
		.replace('[...path]', 'nothing-here') || '/';

type Outcome = 'allowed' | 'unauthenticated' | 'forbidden';

function expected(routeId: string, method: string, actor: Actor): Outcome {
	const access = accessFor(routeId, method)!;
	if (access.kind === 'public') return 'allowed';
	if (access.kind === 'policy' && access.session && actor.kind === 'token') return 'forbidden';
	if (access.kind === 'session') {
		if (actor.kind === 'session') return 'allowed';
		return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
	}
	if (can(access.policy, actor, access.action, { spaceId: people.fixture.spaceId })) return 'allowed';
	return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
}

/** What a response means: refused for want of a sign-in, refused outright, or let through. */
function observed(response: Response, isApi: boolean): Outcome {
	const location = response.headers.get('location') ?? '';
	if (response.status === 401 || (!isApi && response.status === 303 && location.includes('/app/sign-in'))) return 'unauthenticated';
	if (response.status === 403) return 'forbidden';
	return 'allowed';
}

const cases = Object.entries(routeAccess).flatMap(([routeId, rule]) => Object.keys(rule).map((method) => ({ routeId, method })));

describe.each(cases)('$method $routeId', ({ routeId, method }) => {
	const isApi = routeId.startsWith('/api/') || routeId === '/healthz';

	it('answers every caller as the route table and the policies say', async () => {
		const mismatches: string[] = [];
		for (const caller of callers) {
			// signing out ends the session, so it gets a session of its own
			const headers =
				routeId.endsWith('/sign-out') && method === 'POST' && caller.actor.kind === 'session'
					? { cookie: await people.newSession(caller.actor.email) }
					: caller.headers;
			const response = await fetch(`${people.app.url}${concretePath(routeId)}`, {
				method,
				redirect: 'manual',
				headers: {
					...headers,
					origin: people.app.url,
					accept: isApi ? 'application/json' : 'text/html',
					...(method === 'GET' ? {} : { 'content-type': isApi ? 'application/json' : 'application/x-www-form-urlencoded' })
				},
				body: method === 'GET' ? undefined : isApi ? '{}' : ''
			});
			await response.arrayBuffer();
			let want = expected(routeId, method, caller.actor);
			// the back office sends a request with a token (no browser session) to sign in
			if (!isApi && method === 'GET' && want === 'forbidden' && caller.actor.kind === 'token') want = 'unauthenticated';
			const got = observed(response, isApi);
			if (got !== want) mismatches.push(`${caller.name}: expected ${want}, got ${got} (${response.status})`);
		}
		expect(mismatches).toEqual([]);
	});
});

describe('methods a route does not list', () => {
	it.each([
		['/api/v1/spaces', 'DELETE', 'application/json'],
		['/spaces/grozd', 'POST', 'text/html'],
		['/api/v1/spaces/grozd/audit', 'PATCH', 'application/json']
	])('%s refuses %s with 405', async (path, method, accept) => {
		const response = await fetch(`${people.app.url}${path}`, {
			method,
			headers: { origin: people.app.url, accept, 'content-type': 'application/json', cookie: people.cookies.platformAdmin! },
			body: '{}'
		});
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBeTruthy();
	});
});
