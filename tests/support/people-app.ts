import { openPostgres, type Database, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { startTestApp, type TestApp } from './app-server.ts';
import { fixturePassword, type PeopleFixture } from './people.ts';
import { seedPeople } from './seed-people.ts';
import { authSecretOf, mintSession } from './sessions.ts';

export type PeopleApp = {
	app: TestApp;
	fixture: PeopleFixture;
	/** A session of each person (by fixture key) as a Cookie header, minted before the server started. */
	cookies: Record<string, string>;
	/** A new session of the person with this address, as a Cookie header (e.g. for a test that signs out). */
	newSession: (email: string) => Promise<string>;
};

/**
 * The app with one person per role (see seed-people.ts), each with a session minted in the
 * database (sessions.ts). `afterSeeding` adds more on the same database before the server starts.
 */
export async function startPeopleApp(options: { afterSeeding?: (db: Database, fixture: PeopleFixture) => Promise<void> } = {}): Promise<PeopleApp> {
	let fixture: PeopleFixture | undefined;
	const cookies: Record<string, string> = {};
	const app = await startTestApp({
		seed: async (db) => {
			fixture = await seedPeople(db);
			const secret = await authSecretOf(db);
			for (const [key, person] of Object.entries(fixture.people)) cookies[key] = await mintSession(db, person.userId, secret);
			await options.afterSeeding?.(db, fixture);
		}
	});
	let minting: DatabaseHandle | undefined;
	const closeApp = app.close;
	app.close = async () => {
		await minting?.close();
		await closeApp();
	};
	const newSession = async (email: string) => {
		const person = Object.values(fixture!.people).find((candidate) => candidate.email === email);
		if (!person) throw new Error(`${email} is not one of the fixture's people`);
		minting ??= openPostgres({ url: app.databaseUrl, max: 1 });
		return mintSession(minting.db, person.userId);
	};
	return { app, fixture: fixture!, cookies, newSession };
}

/** Signs in through the real form (password check, limits, known device), for tests of signing in. */
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
