import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { moveProfileProjects } from '../../src/lib/server/projects/details/projects-from-profiles.usecases.ts';
import { callApi } from '../support/api-call.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// A project whole through /api/v1/projects/{id}, and the demo spaces' profile projects moved into projects.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const call = (path: string, options?: Parameters<typeof callApi>[2]) => callApi(people, path, options);

const projectOf = async (space: string) => (await call(`/spaces/${space}/projects`)).body.items[0] as { id: string; slug: string; status: string };

describe('a project whole', () => {
	it("carries everything the demo profile's project held: problem, goal, results by objective, partners, and the rest visibly", async () => {
		const { id, slug } = await projectOf('nvo-vid');
		expect(slug).toBe('pro-nvo-vid');
		const { status, body } = await call(`/projects/${id}`);
		expect(status).toBe(200);
		expect(body).toMatchObject({ status: 'ended', space: { slug: 'nvo-vid' }, problem: { sl: expect.stringMatching(/^Projekt je naslovil problem/) } });
		expect(body.goal.en).toMatch(/^The goal of the project/);
		expect(body.objectives[0].title.sl).toBe('Razvoj in profesionalizacija nevladnih organizacij');
		expect(body.objectives[0].results).toHaveLength(3);
		// the call and the sums have tables now: nothing of them is left aside
		expect(body.fromProfile ?? {}).not.toHaveProperty('call');
		expect(body.fromProfile ?? {}).not.toHaveProperty('totalValueCents');
		const money = await call(`/spaces/nvo-vid/projects/${id}/money`);
		expect(money.body).toMatchObject({
			total: { cents: 7_633_402 },
			call: { title: { sl: expect.stringMatching(/^Javni razpis za sofinanciranje projektov razvoja/) } }
		});
		// every partner of seed 001 is in the registry (INePA, SŠGZ by their names without the acronym), so none is left as text
		expect(body.fromProfile.partners).toBeUndefined();
		const partners = await call(`/spaces/nvo-vid/projects/${id}/organisations`);
		expect(partners.body.items.filter((item: { role: string }) => item.role === 'associated_partner')).toHaveLength(6);
	});

	it('moving the profiles again changes nothing', async () => {
		const database = openPostgres({ url: people.app.databaseUrl, max: 1 });
		try {
			const before = (await call('/spaces/nvo-vid/projects')).body.items.length;
			const { moved, skipped } = await moveProfileProjects({ db: database.db, context: { actor: cliActor, source: 'cli' } });
			// every profile was spread when the app started: nothing is waiting, and nothing is done twice
			expect(moved).toEqual([]);
			expect(skipped).toEqual([]);
			expect((await call('/spaces/nvo-vid/projects')).body.items).toHaveLength(before);
		} finally {
			await database.close();
		}
	});

	it('the space page lists its running and past projects, each marked', async () => {
		const created = await call('/spaces/grozd/projects', {
			method: 'POST',
			token: 'adminEverything',
			body: { title: { sl: 'Stičišče Grozd 2023–2027' }, slug: 'grozd-2023', startsOn: '2023-10-01', endsOn: '2099-09-30' }
		});
		expect(created.status).toBe(201);
		const page = await (await fetch(`${people.app.url}/spaces/grozd`)).text();
		const running = page.slice(page.indexOf('id="projects-running"'), page.indexOf('id="projects-past"'));
		expect(running).toContain('Stičišče Grozd 2023–2027');
		expect(running).toContain('V teku');
		const past = await (await fetch(`${people.app.url}/spaces/nvo-vid`)).text();
		expect(past.slice(past.indexOf('id="projects-past"'))).toMatch(/PRO-NVO-VID[\s\S]*Končan/);
		expect(past).not.toContain('id="projects-running"');
	});

	it("lets the space's admin replace objectives, strands and links, and nobody else", async () => {
		const { id } = await projectOf('grozd');
		const changes = {
			contact: { name: 'Ana Novak', email: 'ana@grozd.si' },
			objectives: [{ title: { sl: 'Močnejše NVO' }, results: [{ sl: '12 usposabljanj' }], objectives: [{ title: { sl: 'Več prostovoljcev' } }] }],
			strands: [{ title: { sl: 'Zagovorništvo' } }, { title: { sl: 'Usposabljanja' } }, { title: { sl: 'Mreženje' } }],
			links: [{ title: { sl: 'Spletna stran' }, url: 'https://grozd.si' }]
		};
		expect(await call(`/projects/${id}`, { method: 'PATCH', body: changes })).toMatchObject({ status: 401 });
		expect(await call(`/projects/${id}`, { method: 'PATCH', token: 'staffRead', body: changes })).toMatchObject({ status: 403 });
		const nvoVid = await projectOf('nvo-vid');
		expect(await call(`/projects/${nvoVid.id}`, { method: 'PATCH', token: 'adminEverything', body: changes })).toMatchObject({ status: 403 });
		const changed = await call(`/projects/${id}`, { method: 'PATCH', token: 'adminEverything', body: changes });
		expect(changed).toMatchObject({
			status: 200,
			body: { contact: { name: 'Ana Novak', email: 'ana@grozd.si', phone: null }, links: [{ url: 'https://grozd.si' }] }
		});
		expect(changed.body.objectives[0]).toMatchObject({
			results: [{ sl: '12 usposabljanj' }],
			objectives: [{ title: { sl: 'Več prostovoljcev' }, results: [] }]
		});
		expect((await call(`/projects/${id}`)).body.strands).toHaveLength(3);
		expect(
			await call(`/projects/${id}`, { method: 'PATCH', token: 'adminEverything', body: { links: [{ title: { sl: 'x' }, url: 'ni naslov' }] } })
		).toMatchObject({
			status: 400,
			body: { code: 'invalid_input' }
		});
		expect(await call('/projects/00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: { code: 'project_not_found' } });
	});
});
