import { startPeopleApp, type PeopleApp } from './people-app.ts';
import { seedRegistry, type RegistryFixture } from './seed-registry.ts';

export type RegistryApp = PeopleApp & { organisations: RegistryFixture };

/** The app with one person per role and some organisations, members of Grozd; the member editor keeps one of them. */
export async function startRegistryApp(): Promise<RegistryApp> {
	let organisations: RegistryFixture | undefined;
	const people = await startPeopleApp({
		afterSeeding: async (db, fixture) => {
			organisations = await seedRegistry(db, fixture.people.memberEditor!.userId);
		}
	});
	return { ...people, organisations: organisations! };
}

/** A back-office form sent the way a browser without JavaScript sends it. */
export function postForm(app: PeopleApp, cookie: string, path: string, fields: Record<string, string> | FormData) {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	return fetch(`${app.app.url}${path}`, { method: 'POST', redirect: 'manual', headers: { origin: app.app.url, cookie, accept: 'text/html' }, body });
}

export function getPage(app: PeopleApp, cookie: string | undefined, path: string, headers: Record<string, string> = {}) {
	return fetch(`${app.app.url}${path}`, { redirect: 'manual', headers: { ...(cookie ? { cookie } : {}), ...headers } });
}
