import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { createProject, listProjects } from '../../src/lib/server/projects/projects.usecases.ts';
import { createSpace } from '../../src/lib/server/spaces/spaces.usecases.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { runNode } from '../support/processes.ts';

describe('npm run cli -- projects:duplicate', { timeout: 120_000 }, () => {
	const cli = (args: string[]) => runNode(['src/cli/main.ts', ...args], env);
	let env: NodeJS.ProcessEnv;
	let url: string;
	let projectId: string;
	let cleanup = async () => {};

	beforeAll(async () => {
		const adminUrl = testServerUrl();
		const database = await createPostgresDatabase(adminUrl);
		url = database.url;
		env = { DATABASE_URL: url };
		cleanup = () => dropPostgresDatabase(adminUrl, database.name);
		const seeding = openPostgres({ url, max: 1 });
		try {
			const context = { actor: cliActor, source: 'cli' } as const;
			await createSpace({ db: seeding.db, context, input: { slug: 'krog', kind: 'regional_hub', name: { sl: 'Krog' } } });
			const space = await findSpaceRef(seeding.db, 'krog');
			projectId = (await createProject({ db: seeding.db, context, space, input: { title: { sl: 'Stičišče Krog' }, slug: 'krog', startsOn: '1. 10. 2019' } }))
				.id;
		} finally {
			await seeding.close();
		}
	});
	afterAll(() => cleanup());

	it('copies a project under the next free address, or the one given, and refuses a taken one', async () => {
		const first = await cli(['projects:duplicate', projectId]);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/copied to krog-kopija \(.+\): details 0, organisations 0, money 0, indicators 0/);
		expect((await cli(['projects:duplicate', projectId, 'krog-2'])).stdout).toContain('copied to krog-2');
		const taken = await cli(['projects:duplicate', projectId, 'krog-2']);
		expect(taken.code).not.toBe(0);
		expect((await cli(['projects:duplicate'])).code).toBe(64);
		const reading = openPostgres({ url, max: 1 });
		try {
			const slugs = (await listProjects({ db: reading.db, actor: cliActor, space: await findSpaceRef(reading.db, 'krog') })).map((project) => project.slug);
			expect(slugs.sort()).toEqual(['krog', 'krog-2', 'krog-kopija']);
		} finally {
			await reading.close();
		}
	});
});
