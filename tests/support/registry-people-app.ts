import { startPeopleApp, type PeopleApp } from './people-app.ts';
import { runNode } from './processes.ts';
import type { RegistryPeopleFixture } from './seed-registry-people.ts';

export type RegistryPeopleApp = PeopleApp & { registry: RegistryPeopleFixture };

/** The people app plus two organisations, the member editor keeping Zavod Tri, and people-scoped tokens. */
export async function startRegistryPeopleApp(): Promise<RegistryPeopleApp> {
	let registry: RegistryPeopleFixture | undefined;
	const people = await startPeopleApp({
		afterSeeding: async () => {
			const seeded = await runNode(['tests/support/seed-registry-people.ts']);
			if (seeded.code !== 0) throw new Error(`seeding the registry failed: ${seeded.stderr}`);
			registry = JSON.parse(seeded.stdout.trim().split('\n').at(-1)!);
		}
	});
	return { ...people, registry: registry! };
}
