import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistryPeopleApp, type RegistryPeopleApp } from '../support/registry-people-app.ts';

let people: RegistryPeopleApp;
beforeAll(async () => {
	people = await startRegistryPeopleApp();
});
afterAll(() => people?.app.close());

type Call = { method?: string; token?: string; body?: unknown };

async function call(path: string, { method = 'GET', token, body }: Call = {}) {
	const response = await fetch(`${people.app.url}/api/v1${path}`, {
		method,
		headers: {
			origin: people.app.url,
			...(token ? { authorization: `Bearer ${people.registry.tokens[token]}` } : {}),
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

const newPerson = (name: string, organisationId: string, extra: Record<string, unknown> = {}) => ({
	name,
	affiliations: [{ organisationId, role: 'članica' }],
	...extra
});

describe('people API', () => {
	let nina: string;

	it('creates a person with an affiliation and consents (people:write)', async () => {
		const { status, body } = await call('/people', {
			method: 'POST',
			token: 'staffPeopleWrite',
			body: newPerson('Nina Šušteršič', people.registry.organisations.tri, {
				email: 'nina@tri.si',
				phone: '+386 40 123 456',
				consents: [{ purpose: 'newsletter', granted: true }]
			})
		});
		expect(status).toBe(200);
		expect(body).toMatchObject({
			name: 'Nina Šušteršič',
			affiliations: [{ organisationName: 'Zavod Tri', role: 'članica', current: true }],
			consents: { newsletter: { granted: true, source: 'api' }, data_processing: null }
		});
		nina = body.id;
	});

	it('answers invalid input with 400 and the problem named per field', async () => {
		const { status, body } = await call('/people', {
			method: 'POST',
			token: 'staffPeopleWrite',
			body: { name: 'X', email: 'not-an-address', phone: 'call me' }
		});
		expect(status).toBe(400);
		expect(body.code).toBe('invalid_input');
		expect(body.details.issues.map((issue: { path: string[]; message: string }) => [issue.path.join('.'), issue.message])).toEqual([
			['email', 'person_email_format'],
			['phone', 'person_phone_format']
		]);
	});

	it('lists people by organisation and search, in pages', async () => {
		const tri = people.registry.organisations.tri;
		await call('/people', { method: 'POST', token: 'staffPeopleWrite', body: newPerson('Andrej Tri', tri) });
		await call('/people', { method: 'POST', token: 'staffPeopleWrite', body: newPerson('Luka Ljudmila', people.registry.organisations.ljudmila) });
		const { status, body } = await call(`/people?organisation=${tri}&pageSize=1&page=2`, { token: 'staffPeopleRead' });
		expect(status).toBe(200);
		expect(body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ name: 'Nina Šušteršič' }] });
		const found = await call('/people?q=sustersic', { token: 'staffPeopleRead' });
		expect(found.body.items.map((item: { name: string }) => item.name)).toEqual(['Nina Šušteršič']);
		expect((await call('/people?pageSize=500', { token: 'staffPeopleRead' })).status).toBe(400);
	});

	it('reads and changes one person; tokens need the people scopes', async () => {
		expect((await call(`/people/${nina}`, { token: 'staffPeopleRead' })).body).toMatchObject({ id: nina, email: 'nina@tri.si' });
		const changed = await call(`/people/${nina}`, { method: 'PATCH', token: 'staffPeopleWrite', body: { phone: null } });
		expect(changed).toMatchObject({ status: 200, body: { phone: null, email: 'nina@tri.si' } });
		expect(await call(`/people/${nina}`, { token: 'staffOrganisations' })).toMatchObject({ status: 403, body: { code: 'token_scope_missing' } });
		expect(await call(`/people/${nina}`, { method: 'PATCH', token: 'staffPeopleRead', body: { phone: '01 1' } })).toMatchObject({
			status: 403,
			body: { code: 'token_scope_missing' }
		});
		expect(await call(`/people/${nina}`)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
		expect(await call('/people/00000000-0000-4000-8000-000000000000', { token: 'staffPeopleRead' })).toMatchObject({
			status: 404,
			body: { code: 'person_not_found' }
		});
	});

	it('records consents as a history, newest first, the latest in force', async () => {
		await call(`/people/${nina}/consents`, { method: 'POST', token: 'staffPeopleWrite', body: { purpose: 'newsletter', granted: false } });
		const { status, body } = await call(`/people/${nina}/consents`, {
			method: 'POST',
			token: 'staffPeopleWrite',
			body: { purpose: 'data_processing', granted: true }
		});
		expect(status).toBe(200);
		expect(body.consentHistory.map((record: { purpose: string; granted: boolean }) => `${record.purpose}:${record.granted}`)).toEqual([
			'data_processing:true',
			'newsletter:false',
			'newsletter:true'
		]);
		expect(body.consents).toMatchObject({ newsletter: { granted: false }, data_processing: { granted: true } });
		expect((await call(`/people/${nina}/consents`, { method: 'POST', token: 'staffPeopleWrite', body: { purpose: 'spam', granted: true } })).status).toBe(400);
	});

	it('lets a member editor work with their own organisation’s people only', async () => {
		const { tri, ljudmila } = people.registry.organisations;
		const listed = await call('/people', { token: 'editorPeople' });
		expect(listed.body.items.map((item: { name: string }) => item.name)).toEqual(['Andrej Tri', 'Nina Šušteršič']);
		expect((await call(`/people?organisation=${ljudmila}`, { token: 'editorPeople' })).status).toBe(403);
		expect((await call(`/people/${nina}`, { token: 'editorPeople' })).status).toBe(200);
		const luka = (await call('/people?q=luka', { token: 'staffPeopleRead' })).body.items[0].id;
		expect(await call(`/people/${luka}`, { token: 'editorPeople' })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		expect((await call('/people', { method: 'POST', token: 'editorPeople', body: newPerson('Tina', ljudmila) })).status).toBe(403);
		expect((await call('/people', { method: 'POST', token: 'editorPeople', body: newPerson('Tina Tri', tri) })).status).toBe(200);
		// export and erase are for admins
		expect((await call(`/people/${nina}/export`, { token: 'editorPeople' })).status).toBe(403);
	});

	it('exports everything about a person to an admin of a space they are connected to, not to staff', async () => {
		expect(await call(`/people/${nina}/export`, { token: 'staffPeopleWrite' })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		// Luka's organisation is not a member of the admin's hub
		const luka = (await call('/people?q=luka', { token: 'staffPeopleRead' })).body.items[0].id;
		expect(await call(`/people/${luka}/export`, { token: 'adminPeople' })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		expect(await call(`/people/${luka}/erase`, { method: 'POST', token: 'adminPeople' })).toMatchObject({ status: 403, body: { code: 'forbidden' } });
		const { status, body } = await call(`/people/${nina}/export`, { token: 'adminPeople' });
		expect(status).toBe(200);
		expect(body.person).toMatchObject({ id: nina, name: 'Nina Šušteršič', email: 'nina@tri.si' });
		expect(body.affiliations).toMatchObject([{ organisationName: 'Zavod Tri' }]);
		expect(body.consents).toHaveLength(3);
		expect(body.audit.map((entry: { action: string; source: string }) => `${entry.action}/${entry.source}`)).toEqual([
			'person.create/api',
			'person.update/api',
			'person.consent/api',
			'person.consent/api'
		]);
	});

	it('erases for good: anonymised, counts by organisation unchanged, no more changes', async () => {
		const tri = people.registry.organisations.tri;
		const before = (await call(`/people?organisation=${tri}`, { token: 'staffPeopleRead' })).body.total;
		expect((await call(`/people/${nina}/erase`, { method: 'POST', token: 'staffPeopleWrite' })).status).toBe(403);
		const { status, body } = await call(`/people/${nina}/erase`, { method: 'POST', token: 'adminPeople' });
		expect(status).toBe(200);
		expect(body).toMatchObject({ name: '[erased]', email: null, phone: null, erased: true, consentHistory: [] });
		expect((await call(`/people?organisation=${tri}`, { token: 'staffPeopleRead' })).body.total).toBe(before);
		expect(await call(`/people/${nina}`, { method: 'PATCH', token: 'staffPeopleWrite', body: { name: 'Nina' } })).toMatchObject({
			status: 409,
			body: { code: 'person_erased' }
		});
		expect((await call(`/people/${nina}/erase`, { method: 'POST', token: 'adminPeople' })).status).toBe(409);
		const exported = (await call(`/people/${nina}/export`, { token: 'adminPeople' })).body;
		expect(JSON.stringify(exported)).not.toMatch(/Šušteršič|nina@tri|123 456/);
		expect(exported.audit.slice(0, -1).every((entry: { after: unknown }) => JSON.stringify(entry.after) === '{"erased":true}')).toBe(true);
	});

	it('is described in the OpenAPI document', async () => {
		const document = await (await fetch(`${people.app.url}/api/v1/openapi.json`)).json();
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/people', '/people/{id}', '/people/{id}/consents', '/people/{id}/export', '/people/{id}/erase'])
		);
		expect(document.paths['/people'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PersonInput' });
		expect(document.paths['/people'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['organisation', 'q', 'page', 'pageSize']);
		expect(document.components.schemas.Person.properties.consents.properties).toHaveProperty('data_processing');
		expect(document.components.schemas.ConsentPurpose.enum).toEqual(['newsletter', 'data_processing']);
	});
});
