import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';

// Grozd's project partners in the back office, as a browser without JavaScript sends the forms,
// and removing one through the API.
let people: PeopleApp;
let projectId = '';
beforeAll(async () => {
	people = await startPeopleApp();
	projectId = (await call('/spaces/grozd/projects')).body.items.at(-1).id;
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);
const page = () => `/app/spaces/grozd/projects/${projectId}/partners`;
const staff = () => people.cookies.staff!;
const textOf = async (response: Response) => mainText(await response.text());
/** The part of the page listing the organisations by role, up to the forms that change them. */
const byRole = (text: string) => text.slice(text.indexOf('Organizacije po vlogah'), text.indexOf('Spremeni vloge ali odstrani'));

describe('project partners in the back office', () => {
	it("lists the project's organisations by role, with a link to own co-financing, to the space's admins and staff only", async () => {
		const response = await getPage(people, staff(), page());
		expect(response.status).toBe(200);
		const text = byRole(await textOf(response));
		expect(text).toMatch(
			/Gostitelji SKUP . Skupnost privatnih zavodov Zavod Tri, zavod za trajnostne skupnostne prakse Financerji Ministrstvo za javno upravo/
		);
		const html = await (await getPage(people, staff(), page())).text();
		expect(html).toContain(`href="/app/spaces/grozd/projects/${projectId}/money"`);
		expect(html).toContain(`href="/app/spaces/grozd/projects/${projectId}"`);
		for (const who of ['viewer', 'memberEditor', 'outsider']) expect((await getPage(people, people.cookies[who], page())).status).toBe(403);
		expect((await getPage(people, undefined, page())).status).toBeGreaterThanOrEqual(300);
		expect((await postForm(people, people.cookies.viewer!, `${page()}?/add`, { organisation: 'PiNA', roles: 'partner' })).status).toBe(403);
	});

	it('finds an organisation by the search button without JavaScript, and adds it in the roles chosen', async () => {
		const searched = await postForm(people, staff(), `${page()}?/add`, { organisation: 'pina', organisation_search: '1', roles: 'partner' });
		expect(searched.status).toBe(200);
		const html = await searched.text();
		const radio = html.match(/<input type="radio" name="organisationId" value="([^"]+)"[^>]*>Kulturno izobraževalno društvo PiNA/);
		expect(radio).not.toBeNull();
		// what was typed and the roles ticked come back
		expect(html).toContain('value="pina"');
		expect(html).toMatch(/<input type="checkbox" name="roles" value="partner"[^>]*checked/);
		const added = await postForm(people, staff(), `${page()}?/add`, { organisation: 'pina', organisationId: radio![1]!, roles: 'partner' });
		expect(added.status).toBe(200);
		expect(await textOf(added)).toContain('Organizacija Kulturno izobraževalno društvo PiNA sodeluje v projektu.');
		expect(byRole(await textOf(await getPage(people, staff(), page())))).toMatch(/Partnerji Kulturno izobraževalno društvo PiNA Financerji/);
		// the registration number typed alone also names it; it takes part already in that role
		const again = await postForm(people, staff(), `${page()}?/add`, { organisation: 'Kulturno izobraževalno društvo PiNA', roles: 'partner' });
		expect(again.status).toBe(409);
		expect(await again.text()).toMatch(/id="field-organisation-error"[^>]*>[^<]*vlogo že ima/);
	});

	it('names each mistake beside its field and keeps what was typed', async () => {
		const refused = await postForm(people, staff(), `${page()}?/add`, { organisation: 'Neobstoječe društvo XYZ' });
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toMatch(/id="field-organisation-error"/);
		expect(html).toMatch(/id="add-roles-error"[^>]*>Izberite vsaj eno vlogo/);
		expect(html).toContain('value="Neobstoječe društvo XYZ"');
		expect(html).toMatch(/class="error-summary"[\s\S]*href="#field-roles"/);
		const empty = await postForm(people, staff(), `${page()}?/add`, { organisation: '', roles: 'financer' });
		expect(await empty.text()).toMatch(/id="field-organisation-error"[^>]*>[^<]*Izpolnite/);
	});

	it('changes the roles of an organisation and removes it, each audited', async () => {
		const organisations = (await call(`/spaces/grozd/projects/${projectId}/organisations`)).body.items as { organisation: { id: string; name: string } }[];
		const tri = organisations.find((row) => row.organisation.name.startsWith('Zavod Tri'))!.organisation;
		const none = await postForm(people, staff(), `${page()}?/roles`, { organisationId: tri.id });
		expect(none.status).toBe(400);
		expect(await none.text()).toMatch(/id="roles:[^"]+-roles-error"[^>]*>Izberite vsaj eno vlogo/);
		const form = new FormData();
		form.append('organisationId', tri.id);
		form.append('roles', 'host');
		form.append('roles', 'lead');
		expect((await postForm(people, staff(), `${page()}?/roles`, form)).status).toBe(200);
		expect(byRole(await textOf(await getPage(people, staff(), page())))).toMatch(/^Organizacije po vlogah Prijavitelj Zavod Tri/);
		const removed = await postForm(people, staff(), `${page()}?/remove`, { organisationId: tri.id, organisationName: tri.name });
		expect(await textOf(removed)).toContain(`Organizacija ${tri.name} ne sodeluje več v projektu.`);
		expect(byRole(await textOf(await getPage(people, staff(), page())))).not.toContain('Zavod Tri');
		const audit = await call('/spaces/grozd/audit?entityType=project', { token: 'adminEverything' });
		expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(
			expect.arrayContaining(['project.organisation_remove', 'project.organisation_roles'])
		);
	});

	it('removes an organisation through the API (DELETE), described in the OpenAPI document', async () => {
		const organisations = (await call(`/spaces/grozd/projects/${projectId}/organisations`)).body.items as { organisation: { id: string; name: string } }[];
		const skup = organisations.find((row) => row.organisation.name.startsWith('SKUP'))!.organisation;
		const remove = (token?: string) =>
			fetch(`${people.app.url}/api/v1/spaces/grozd/projects/${projectId}/organisations/${skup.id}`, {
				method: 'DELETE',
				headers: { origin: people.app.url, ...(token ? { authorization: `Bearer ${people.fixture.tokens[token]!.token}` } : {}) }
			});
		expect((await remove()).status).toBe(401);
		expect((await remove('viewerWrite')).status).toBe(403);
		expect((await remove('adminEverything')).status).toBe(204);
		const gone = await remove('adminEverything');
		expect(gone.status).toBe(404);
		expect((await gone.json()).code).toBe('project_organisation_not_found');
		const { body } = await call('/openapi.json');
		expect(body.paths['/spaces/{slug}/projects/{id}/organisations/{organisationId}'].delete.operationId).toBe('removeProjectOrganisation');
	});
});
