import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { getProjectContributions } from '../../src/lib/server/projects/contributions/project-contributions.usecases.ts';
import { getProject } from '../../src/lib/server/projects/details/project-details.usecases.ts';
import { createSpace } from '../../src/lib/server/spaces/spaces.usecases.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { runNode } from '../support/processes.ts';

describe('npm run cli -- projects:from-profiles', { timeout: 120_000 }, () => {
	const cli = (args: string[]) => runNode(['src/cli/main.ts', ...args], env);
	let env: NodeJS.ProcessEnv;
	let url: string;
	let cleanup = async () => {};

	beforeAll(async () => {
		const adminUrl = testServerUrl();
		const database = await createPostgresDatabase(adminUrl);
		url = database.url;
		env = { DATABASE_URL: url };
		cleanup = () => dropPostgresDatabase(adminUrl, database.name);
		const seeding = openPostgres({ url, max: 1 });
		try {
			await createSpace({
				db: seeding.db,
				context: { actor: cliActor, source: 'cli' },
				input: {
					slug: 'krog',
					kind: 'regional_hub',
					name: { sl: 'Krog' },
					supportProject: {
						title: { sl: 'Stičišče Krog' },
						acronym: 'KROG',
						startDate: '2019-10-01',
						endDate: '2023-09-30',
						call: { sl: 'Javni razpis 2019' },
						totalValueCents: 12_345_00,
						goal: { sl: 'Močnejše NVO' },
						partners: [{ name: { sl: 'Društvo, ki ga ni v registru' }, role: 'partner' }],
						results: [{ title: { sl: 'Usposabljanja' }, items: [{ sl: '12 delavnic' }] }],
						contributions: [{ title: { sl: 'ZNOrg' }, items: [{ sl: 'vsebinske mreže NVO' }] }]
					}
				}
			});
		} finally {
			await seeding.close();
		}
	});
	afterAll(() => cleanup());

	it('moves a profile project with nothing lost, and a second run changes nothing', async () => {
		const first = await cli(['projects:from-profiles']);
		expect(first).toMatchObject({ code: 0 });
		expect(first.stdout).toContain('moved krog: krog');
		const second = await cli(['projects:from-profiles']);
		expect(second.stdout).toContain('already moved krog: krog');
		const reading = openPostgres({ url, max: 1 });
		try {
			const project = await getProject({ db: reading.db, actor: cliActor, which: { space: await findSpaceRef(reading.db, 'krog'), slug: 'krog' } });
			expect(project).toMatchObject({
				acronym: 'KROG',
				startsOn: '2019-10-01',
				status: 'ended',
				goal: { sl: 'Močnejše NVO' },
				objectives: [{ title: { sl: 'Usposabljanja' }, results: [{ sl: '12 delavnic' }] }],
				fromProfile: {
					call: { sl: 'Javni razpis 2019' },
					totalValueCents: 12_345_00,
					currency: 'EUR',
					partners: [{ name: { sl: 'Društvo, ki ga ni v registru' }, role: 'partner' }]
				}
			});
			expect(project.fromProfile).not.toHaveProperty('contributions');
			expect(await getProjectContributions({ db: reading.db, actor: cliActor, projectId: project.id })).toEqual({
				items: [{ strategy: { sl: 'ZNOrg' }, goal: null, contribution: { sl: 'vsebinske mreže NVO' } }]
			});
		} finally {
			await reading.close();
		}
	});
});
