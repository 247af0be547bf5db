import type { Database } from '../../src/lib/server/db/client.ts';
import { startTestApp, type TestApp } from './app-server.ts';
import { fixturePassword, type PeopleFixture } from './people.ts';
import { seedPeople } from './seed-people.ts';

export type PeopleApp = { app: TestApp; fixture: PeopleFixture; cookies: Record<string, string> };

/**
 * The app with one person per role (see seed-people.ts), each signed in through the real form.
 * `afterSeeding` adds more on the same database before the server starts.
 */
export async function startPeopleApp(options: { afterSeeding?: (db: Database, fixture: PeopleFixture) => Promise<void> } = {}): Promise<PeopleApp> {
	let fixture: PeopleFixture | undefined;
	const app = await startTestApp({
		seed: async (db) => {
			fixture = await seedPeople(db);
			await options.afterSeeding?.(db, fixture);
		}
	});
	const cookies: Record<string, string> = {};
	for (const [key, person] of Object.entries(fixture!.people)) cookies[key] = await signIn(app, person.email);
	return { app, fixture: fixture!, cookies };
}

export async function signIn(app: TestApp, email: string, password = fixturePassword): Promise<string> {
	const response = await fetch(`${app.url}/app/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	if (response.status !== 303) throw new Error(`sign-in of ${email} answered ${response.status}`);
	return response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0]!)
		.join('; ');
}
