import { startPeopleApp, type PeopleApp } from './people-app.ts';
import { seedRegistryPeople, type RegistryPeopleFixture } from './seed-registry-people.ts';

export type RegistryPeopleApp = PeopleApp & { registry: RegistryPeopleFixture };

/** The people app plus two organisations, the member editor keeping Zavod Tri, and people-scoped tokens. */
export async function startRegistryPeopleApp(): Promise<RegistryPeopleApp> {
	let registry: RegistryPeopleFixture | undefined;
	const people = await startPeopleApp({
		afterSeeding: async (db) => {
			registry = await seedRegistryPeople(db);
		}
	});
	return { ...people, registry: registry! };
}
