import { runNode } from './processes.ts';
import { startTestApp, type TestApp } from './app-server.ts';
import { fixturePassword, type PeopleFixture } from './people.ts';

export type PeopleApp = { app: TestApp; fixture: PeopleFixture; cookies: Record<string, string> };

/** The app with one person per role (see seed-people.ts), each signed in through the real form. */
export async function startPeopleApp(options: { afterSeeding?: (fixture: PeopleFixture) => Promise<void> } = {}): Promise<PeopleApp> {
	let fixture: PeopleFixture | undefined;
	const app = await startTestApp({
		prepare: async () => {
			const seeded = await runNode(['tests/support/seed-people.ts']);
			if (seeded.code !== 0) throw new Error(`seeding people failed: ${seeded.stderr}`);
			fixture = JSON.parse(seeded.stdout.trim().split('\n').at(-1)!);
			await options.afterSeeding?.(fixture!);
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
