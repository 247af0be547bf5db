import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoContent } from '../../src/lib/server/demo/demo.usecases.ts';
import { memberships } from '../../src/lib/server/memberships/memberships.table.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { changeProjectDetails } from '../../src/lib/server/projects/details/project-details.usecases.ts';
import { addProjectOrganisation } from '../../src/lib/server/projects/partners/project-organisations.usecases.ts';
import { projects } from '../../src/lib/server/projects/projects.table.ts';
import { createProject } from '../../src/lib/server/projects/projects.usecases.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { mainText } from '../support/page-text.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
let app: TestApp;
let hostId = '';

beforeAll(async () => {
	app = await startTestApp({
		seed: async (db) => {
			await loadDemoContent({ db });
			// a successor to Iskra's ended project, made up for this test only (no seed states one)
			const iskra = await findSpaceRef(db, 'iskra');
			const successor = await createProject({
				db,
				context: cli,
				space: iskra,
				input: { title: { sl: 'Preizkusni naslednik' }, slug: 'preizkusni-naslednik', startsOn: '2023-10-01', endsOn: '2099-09-30' }
			});
			const host = await createOrganisation({ db, context: cli, input: { name: 'Zavod Preizkusni gostitelj', legalForm: 'private_institute' } });
			hostId = host.id;
			await addProjectOrganisation({ db, context: cli, space: iskra, projectId: successor.id, input: { organisationId: host.id, role: 'host' } });
			await addProjectOrganisation({ db, context: cli, space: iskra, projectId: successor.id, input: { organisationId: host.id, role: 'partner' } });
			const predecessor = (await db.select().from(projects)).find((row) => row.spaceId === iskra.id && row.slug === 'sticisce-iskra')!;
			await changeProjectDetails({ db, context: cli, projectId: successor.id, input: { predecessorId: predecessor.id } });
		}
	});
});
afterAll(() => app.close());

const page = async (path: string) => (await fetch(`${app.url}${path}`)).text();

describe('the space page and its projects', () => {
	it('introduces the space by its running project, naming its hosts from the project, linked to their pages', async () => {
		const html = await page('/spaces/iskra');
		const text = mainText(html);
		expect(text).toContain('Tekoči projekt Preizkusni naslednik V teku');
		expect(text).toContain('Gostitelj Zavod Preizkusni gostitelj');
		expect(html).toContain(`href="/organisations/${hostId}"`);
		expect(html).toContain('href="/spaces/iskra/projects/preizkusni-naslednik"');
	});

	it('lists the running and the ended project, each marked and linked to its page', async () => {
		const html = await page('/spaces/iskra');
		const text = mainText(html);
		expect(text).toContain(
			'Projekti, ki potekajo Preizkusni naslednik, 1. oktober 2023 - 30. september 2099 - V teku Pretekli projekti Stičišče ISKRA, 1. oktober 2019 - 30. september 2023 - Končan'
		);
		expect(html).toContain('href="/spaces/iskra/projects/sticisce-iskra"');
	});

	it("names an ended project's operator, financer, call, period and value when it is the latest", async () => {
		const text = mainText(await page('/spaces/grozd'));
		expect(text).toContain('Zadnji projekt Grozd nevladnih organizacij gorenjske Končan');
		expect(text).toContain('Obdobje izvajanja do 30. september 2023');
		// the funder the profile named is not in the registry: shown as it was written
		expect(text).toContain('Evropska unija iz Evropskega socialnega sklada');
	});

	it('makes no organisation a member of a space by its role in a project', async () => {
		const database = openPostgres({ url: app.databaseUrl, max: 1 });
		try {
			expect(await database.db.select().from(memberships).where(eq(memberships.organisationId, hostId))).toEqual([]);
			expect(await database.db.$count(memberships)).toBe(0);
		} finally {
			await database.close();
		}
		const text = mainText(await page('/spaces/iskra'));
		expect(text.slice(text.lastIndexOf('Članice'))).toContain('Prostor še nima vpisanih članic.');
	});
});
