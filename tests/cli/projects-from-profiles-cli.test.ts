import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { getProjectContributions } from '../../src/lib/server/projects/contributions/project-contributions.usecases.ts';
import { getProjectMoney } from '../../src/lib/server/projects/money/money.usecases.ts';
import { projects } from '../../src/lib/server/projects/projects.table.ts';
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
			const space = await createSpace({
				db: seeding.db,
				context: { actor: cliActor, source: 'cli' },
				input: { slug: 'krog', kind: 'regional_hub', name: { sl: 'Krog' } }
			});
			// as migration 0023 leaves a profile's project: a project carrying it whole in fromProfile
			await seeding.db.insert(projects).values({
				spaceId: space.id,
				slug: 'krog',
				title: { sl: 'Stičišče Krog' },
				acronym: 'KROG',
				startsOn: '2019-10-01',
				endsOn: '2023-09-30',
				fromProfile: {
					profileProject: {
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
		// the step after the migrations moves it, before the command runs
		const first = await cli(['projects:from-profiles']);
		expect(first).toMatchObject({ code: 0 });
		expect(first.stdout).toContain('Profile projects: moved krog: krog');
		expect(first.stdout).toContain('nothing left to move');
		const second = await cli(['projects:from-profiles']);
		expect(second.stdout).not.toContain('moved krog');
		const reading = openPostgres({ url, max: 1 });
		try {
			const project = await getProject({ db: reading.db, actor: cliActor, which: { space: await findSpaceRef(reading.db, 'krog'), slug: 'krog' } });
			expect(project).toMatchObject({
				acronym: 'KROG',
				startsOn: '2019-10-01',
				status: 'ended',
				goal: { sl: 'Močnejše NVO' },
				objectives: [{ title: { sl: 'Usposabljanja' }, results: [{ sl: '12 delavnic' }] }],
				// not in the registry, so not added to it on anyone's behalf: listed by name
				fromProfile: { partners: [{ name: { sl: 'Društvo, ki ga ni v registru' }, role: 'partner' }] }
			});
			expect(Object.keys(project.fromProfile ?? {}).sort()).toEqual(['partners']);
			const money = await getProjectMoney({ db: reading.db, actor: cliActor, space: await findSpaceRef(reading.db, 'krog'), projectId: project.id });
			expect(money).toMatchObject({ total: { cents: 12_345_00 }, call: { title: { sl: 'Javni razpis 2019' }, year: 2019 }, fundingLines: [], ownFunds: [] });
			expect(await getProjectContributions({ db: reading.db, actor: cliActor, projectId: project.id })).toEqual({
				items: [{ strategy: { sl: 'ZNOrg' }, goal: null, contribution: { sl: 'vsebinske mreže NVO' } }]
			});
		} finally {
			await reading.close();
		}
	});
});
