import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';

// The projects module, added as a folder and one line in modules.ts: its API, its back-office
// page and its place in the OpenAPI document come from its manifest.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);

const successor = { title: { sl: 'Stičišče Grozd 2023–2027' }, slug: 'grozd-2023', startsOn: '2023-01-01', endsOn: '2027-12-31' };

describe('projects API', () => {
	it('lets an admin token with the write scope add a project, and anyone list them', async () => {
		expect(await call('/spaces/grozd/projects', { method: 'POST', body: successor })).toMatchObject({ status: 401 });
		expect(await call('/spaces/grozd/projects', { method: 'POST', token: 'staffRead', body: successor })).toMatchObject({
			status: 403,
			body: { code: 'token_scope_missing' }
		});
		const created = await call('/spaces/grozd/projects', { method: 'POST', token: 'adminEverything', body: successor });
		expect(created).toMatchObject({ status: 201, body: { slug: 'grozd-2023', status: 'running', acronym: null } });
		const listed = await call('/spaces/grozd/projects');
		// the demo hub's own project, whose start the seed does not state, comes last
		expect(listed).toMatchObject({
			status: 200,
			body: { items: [{ slug: 'grozd-2023' }, { slug: 'grozd-nvo', startsOn: null, endsOn: '2023-09-30', status: 'ended' }] }
		});
	});

	it('names what is wrong with a body, a taken address and a space that does not exist', async () => {
		const bad = await call('/spaces/grozd/projects', { method: 'POST', token: 'adminEverything', body: { ...successor, slug: 'drugi', endsOn: '2022-01-01' } });
		expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
		const taken = await call('/spaces/grozd/projects', { method: 'POST', token: 'adminEverything', body: successor });
		expect(taken).toMatchObject({ status: 409, body: { code: 'project_slug_taken' } });
		expect(await call('/spaces/nowhere/projects')).toMatchObject({ status: 404, body: { code: 'space_not_found' } });
	});

	it("lists the organisations taking part in the hub's project, and lets an admin token add and remove one", async () => {
		const { body } = await call('/spaces/grozd/projects');
		const hub = body.items.find((project: { slug: string }) => project.slug === 'grozd-nvo').id;
		const path = `/spaces/grozd/projects/${hub}/organisations`;
		const listed = await call(path);
		expect(
			listed.body.items.map(({ organisation, role }: { organisation: { shortName: string }; role: string }) => `${organisation.shortName} ${role}`)
		).toEqual(['SKUP host', 'Zavod Tri host', 'MJU financer', 'SVRK financer']);
		const skup = listed.body.items[0].organisation.id;
		expect(await call(path, { method: 'POST', token: 'staffRead', body: { organisationId: skup, role: 'partner' } })).toMatchObject({ status: 403 });
		expect(await call(path, { method: 'POST', token: 'adminEverything', body: { organisationId: skup, role: 'partner' } })).toMatchObject({
			status: 201,
			body: { role: 'partner' }
		});
		expect(await call(path, { method: 'POST', token: 'adminEverything', body: { organisationId: skup, role: 'partner' } })).toMatchObject({
			status: 409,
			body: { code: 'project_organisation_exists' }
		});
		// a role ends when the roles are set without it
		expect(await call(`${path}/${skup}`, { method: 'PUT', token: 'adminEverything', body: { roles: ['host'] } })).toMatchObject({
			status: 200,
			body: { items: [{ role: 'host' }] }
		});
		expect((await call(path)).body.items).toHaveLength(4);
		expect(await call(`/spaces/iskra/projects/${hub}/organisations`)).toMatchObject({ status: 404, body: { code: 'project_not_found' } });
	});

	it('is described in the OpenAPI document', async () => {
		const { body } = await call('/openapi.json');
		expect(Object.keys(body.paths['/spaces/{slug}/projects'])).toEqual(['get', 'post']);
		expect(body.components.schemas).toHaveProperty('ProjectInput');
	});
});

describe('projects in the back office', () => {
	it('shows the space staff a form that adds a project from dates written as people write them, and lists it with its status', async () => {
		const sent = await postForm(people, people.cookies.staff!, '/app/spaces/grozd/projects?/create', {
			'title.sl': 'Podporni projekt Grozd',
			acronym: 'GROZD',
			slug: 'grozd-2019',
			startsOn: '1. 10. 2019',
			endsOn: '30. 9. 2023'
		});
		expect(sent.status).toBe(200);
		const html = await sent.text();
		expect(html).toContain('Projekt »Podporni projekt Grozd« je dodan.');
		expect(html).toContain('Končan');
		expect(html).toContain('V teku');
	});

	it('keeps what was typed and names the problem beside its field', async () => {
		const sent = await postForm(people, people.cookies.admin!, '/app/spaces/grozd/projects?/create', {
			'title.sl': 'Napačen',
			slug: 'napacen',
			startsOn: '31. 2. 2020'
		});
		expect(sent.status).toBe(400);
		const html = await sent.text();
		expect(html).toContain('value="Napačen"');
		expect(html).toContain('Vpišite datum, npr. 1. 10. 2019.');
	});

	it('is for admins and staff of the space', async () => {
		expect((await getPage(people, people.cookies.viewer, '/app/spaces/grozd/projects')).status).toBe(403);
		expect((await getPage(people, people.cookies.staff, '/app/spaces/grozd/projects')).status).toBe(200);
		const refused = await postForm(people, people.cookies.memberEditor!, '/app/spaces/grozd/projects?/create', {
			'title.sl': 'X',
			slug: 'x',
			startsOn: '2020-01-01'
		});
		expect(refused.status).toBe(403);
	});
});
