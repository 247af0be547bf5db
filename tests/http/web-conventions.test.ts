import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistryPeopleApp, type RegistryPeopleApp } from '../support/registry-people-app.ts';

let people: RegistryPeopleApp;
beforeAll(async () => {
	people = await startRegistryPeopleApp();
});
afterAll(() => people?.app.close());

const url = (path: string) => `${people.app.url}${path}`;
const bearer = (key: string) => ({ authorization: `Bearer ${people.registry.tokens[key]}` });
const get = (path: string, headers: Record<string, string> = {}) => fetch(url(path), { redirect: 'manual', headers });
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(url(path), { method, headers: { origin: people.app.url, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The raw answer, as sent on the wire: fetch would decompress it and hide how it came. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }> {
	return new Promise((resolve, reject) => {
		const request = httpRequest(url(path), { headers }, (response) => {
			let bytes = 0;
			response.on('data', (chunk: Buffer) => (bytes += chunk.length));
			response.on('end', () => resolve({ headers: response.headers, bytes }));
		});
		request.on('error', reject);
		request.end();
	});
}

describe('compressed responses', () => {
	it('sends pages, JSON and CSS compressed with what the client accepts', async () => {
		const plain = await rawGet('/', {});
		const gzip = await rawGet('/', { 'accept-encoding': 'gzip' });
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
		expect((await rawGet('/api/v1/openapi.json', { 'accept-encoding': 'br, gzip' })).headers['content-encoding']).toBe('br');
		// the build's own files are precompressed (adapter-node serves the .br beside each)
		const stylesheet = /href="(?:\.?\/)?(_app\/immutable\/assets\/[^"]+\.css)"/.exec(await (await get('/')).text())?.[1];
		expect(stylesheet).toBeDefined();
		expect((await rawGet(`/${stylesheet}`, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
	});

	it('leaves downloads as they are streamed', async () => {
		const exported = await rawGet('/organisations/export?format=csv', { 'accept-encoding': 'gzip, br' });
		expect(exported.headers['content-disposition']).toMatch(/^attachment/);
		expect(exported.headers['content-encoding']).toBeUndefined();
	});
});

describe('headers of pages and answers', () => {
	it('keeps answers with personal data out of every cache, and says the language', async () => {
		const backOffice = await get('/app', { cookie: people.cookies.staff! });
		expect(backOffice.status).toBe(200);
		expect(backOffice.headers.get('cache-control')).toBe('private, no-store');
		expect(backOffice.headers.get('content-language')).toBe('sl');
		const api = await get('/api/v1/people', bearer('staffPeopleRead'));
		expect(api.status).toBe(200);
		expect(api.headers.get('cache-control')).toBe('private, no-store');
		expect(api.headers.get('content-language')).toBe('sl, en');
		const publicPage = await get('/en/organisations');
		expect(publicPage.headers.get('cache-control') ?? '').not.toContain('no-store');
		expect(publicPage.headers.get('content-language')).toBe('en');
	});

	it('names the canonical address and the other language on public pages, with a default', async () => {
		const page = await (await get('/en/spaces')).text();
		expect(page).toContain(`<link rel="canonical" href="${people.app.url}/en/spaces"`);
		expect(page).toContain(`<link rel="alternate" hreflang="sl" href="${people.app.url}/spaces"`);
		expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${people.app.url}/spaces"`);
		const backOffice = await (await get('/app', { cookie: people.cookies.staff! })).text();
		expect(backOffice).toContain('<meta name="robots" content="noindex"');
		expect(backOffice).not.toContain('rel="canonical"');
	});

	it('tells search engines what to read: robots.txt and a sitemap of the public pages', async () => {
		const robots = await (await get('/robots.txt')).text();
		expect(robots).toContain('Disallow: /app');
		expect(robots).toContain('Disallow: /api/');
		expect(robots).toContain(`Sitemap: ${people.app.url}/sitemap.xml`);
		const index = await (await get('/sitemap.xml')).text();
		expect(index).toContain(`<loc>${people.app.url}/sitemap.xml?part=pages</loc>`);
		expect(index).toContain(`<loc>${people.app.url}/sitemap.xml?part=organisations-1</loc>`);
		const pages = await (await get('/sitemap.xml?part=pages')).text();
		for (const path of ['/', '/organisations', '/spaces', '/spaces/grozd', '/accessibility']) expect(pages).toContain(`<loc>${people.app.url}${path}</loc>`);
		expect(pages).toContain(`hreflang="en" href="${people.app.url}/en/spaces/grozd"`);
		const organisations = await (await get('/sitemap.xml?part=organisations-1')).text();
		expect(organisations).toContain(`<loc>${people.app.url}/organisations/${people.registry.organisations.tri}</loc>`);
		expect((await get('/sitemap.xml?part=organisations-9')).status).toBe(404);
	});
});

describe('errors as problem details', () => {
	it('answers with application/problem+json, keeping the stable code', async () => {
		const response = await get('/api/v1/spaces/nowhere');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		expect(response.headers.get('content-language')).toBe('en');
		expect(await response.json()).toMatchObject({
			type: 'urn:sticisce:problem:space_not_found',
			title: 'Not Found',
			status: 404,
			detail: expect.any(String),
			instance: '/api/v1/spaces/nowhere',
			code: 'space_not_found',
			message: expect.any(String)
		});
	});

	it('asks for a bearer token on 401', async () => {
		const response = await get('/api/v1/people', { authorization: 'Bearer stc_not_a_token' });
		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
		const missing = await get('/api/v1/people');
		expect(missing.status).toBe(401);
		expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
	});

	it('refuses a body that is not JSON with 415', async () => {
		const response = await fetch(url(`/api/v1/organisations/${people.registry.organisations.tri}`), {
			method: 'PATCH',
			headers: { origin: people.app.url, 'content-type': 'text/plain', ...bearer('staffOrganisations') },
			body: '{"city":"Kranj"}'
		});
		expect(response.status).toBe(415);
		expect(await response.json()).toMatchObject({ code: 'unsupported_media_type', status: 415 });
	});

	it('says when to come back on every 429, forms included', async () => {
		const attempt = () =>
			fetch(url('/app/sign-in'), {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: people.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ email: 'nobody-here@example.si', password: 'wrong password, again' })
			});
		let refused: Response | undefined;
		for (let tries = 0; tries < 8 && !refused; tries++) {
			const response = await attempt();
			if (response.status === 429) refused = response;
		}
		expect(refused?.status).toBe(429);
		expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(60);
	});
});

describe('versions: ETag and If-Match', () => {
	it('refuses a change made on an old version with 412, saying who changed what', async () => {
		const path = `/api/v1/organisations/${people.registry.organisations.tri}`;
		const first = await get(path);
		const etag = first.headers.get('etag')!;
		expect(etag).toBe(`"${(await first.json()).updatedAt}"`);

		const changed = await send('PATCH', path, { city: 'Kranj' }, { ...bearer('staffOrganisations'), 'if-match': etag });
		expect(changed.status).toBe(200);
		const newEtag = changed.headers.get('etag');
		expect(newEtag).not.toBe(etag);

		const stale = await send('PATCH', path, { city: 'Jesenice' }, { ...bearer('platformAdminEverything'), 'if-match': etag });
		expect(stale.status).toBe(412);
		expect(await stale.json()).toMatchObject({
			code: 'changed_meanwhile',
			details: { currentUpdatedAt: JSON.parse(newEtag!), changedBy: [expect.stringContaining('staff')], changedFields: ['city'] }
		});
		expect((await (await get(path)).json()).city).toBe('Kranj');
		expect((await send('PATCH', path, { city: 'Jesenice' }, { ...bearer('platformAdminEverything'), 'if-match': newEtag! })).status).toBe(200);
	});

	it('guards spaces and memberships the same way', async () => {
		const space = await get('/api/v1/spaces/grozd');
		const spaceEtag = space.headers.get('etag')!;
		expect(spaceEtag).toMatch(/^"\d{4}-/);
		expect(
			(
				await send(
					'PATCH',
					'/api/v1/spaces/grozd',
					{ website: 'https://grozd.example.si' },
					{ ...bearer('platformAdminEverything'), 'if-match': '"2001-01-01T00:00:00.000Z"' }
				)
			).status
		).toBe(412);
		const membership = `/api/v1/spaces/grozd/members/${people.registry.organisations.tri}`;
		const set = await send('PUT', membership, { status: 'member', since: '2020-01-01' }, bearer('platformAdminEverything'));
		expect(set.status).toBe(200);
		const version = set.headers.get('etag')!;
		expect(
			(await send('PUT', membership, { status: 'member', since: '2021-01-01' }, { ...bearer('platformAdminEverything'), 'if-match': version })).status
		).toBe(200);
		expect((await send('PUT', membership, { status: 'former' }, { ...bearer('platformAdminEverything'), 'if-match': version })).status).toBe(412);
	});

	it('refuses a stale form with the other editor named and the input kept', async () => {
		const created = await send(
			'POST',
			'/api/v1/people',
			{ name: 'Vida Stara', affiliations: [{ organisationId: people.registry.organisations.tri }] },
			bearer('staffPeopleWrite')
		);
		const person = await created.json();
		// somebody else changes the phone while the form is open
		expect((await send('PATCH', `/api/v1/people/${person.id}`, { phone: '+386 40 111 222' }, bearer('adminPeople'))).status).toBe(200);
		const form = await fetch(url(`/app/people/${person.id}?/update`), {
			method: 'POST',
			headers: { origin: people.app.url, accept: 'text/html', cookie: people.cookies.staff!, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ updatedAt: person.updatedAt, name: 'Vida Nova', email: '', phone: '' })
		});
		expect(form.status).toBe(412);
		const page = await form.text();
		expect(page).toContain('Medtem ko ste urejali, je zapis spremenil nekdo drug (');
		expect(page).toContain('Spremenili so: Telefon.');
		expect(page).toContain('value="Vida Nova"');
		expect((await (await get(`/api/v1/people/${person.id}`, bearer('staffPeopleRead'))).json()).name).toBe('Vida Stara');
	});

	it('refuses a stale organisation form the same way, keeping what was typed', async () => {
		const id = people.registry.organisations.ljudmila;
		const before = await (await get(`/api/v1/organisations/${id}`)).json();
		expect((await send('PATCH', `/api/v1/organisations/${id}`, { email: 'info@ljudmila.example.si' }, bearer('staffOrganisations'))).status).toBe(200);
		const form = await fetch(url(`/app/organisations/${id}?/save`), {
			method: 'POST',
			headers: { origin: people.app.url, accept: 'text/html', cookie: people.cookies.platformAdmin!, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ updatedAt: before.updatedAt, name: 'LJUDMILA, laboratorij', legalForm: 'association' })
		});
		expect(form.status).toBe(412);
		const page = await form.text();
		expect(page).toContain('Medtem ko ste urejali, je zapis spremenil nekdo drug (staff@example.si)');
		expect(page).toContain('value="LJUDMILA, laboratorij"');
		expect((await (await get(`/api/v1/organisations/${id}`)).json()).name).toBe('LJUDMILA');
	});
});

describe('fresh-install truths', () => {
	it('the hints find what they promise in the demo data, and the home page calls nothing that works "coming soon"', async () => {
		const directory = await (await get('/organisations')).text();
		expect(directory).toContain('»instit« najde »Inštitut«');
		const found = await (await get('/api/v1/organisations?q=instit')).json();
		expect(found.items.map((item: { name: string }) => item.name)).toEqual(
			expect.arrayContaining(['IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij'])
		);
		const members = await (await get(`/app/spaces/grozd/members?find=${encodeURIComponent('druš ljud')}`, { cookie: people.cookies.admin! })).text();
		expect(members).toContain('»druš ljud«');
		expect(members).toContain('Društvo LJUDMILA, laboratorij za znanost in umetnost');
		for (const path of ['/', '/en']) {
			const home = await (await get(path)).text();
			expect(home).not.toMatch(/Kmalu|Soon/);
			expect(home).toContain('href="' + (path === '/' ? '' : '/en') + '/organisations"');
		}
	});
});

describe('the OpenAPI document', () => {
	it('describes problem details, versions, idempotency keys and the media type of bodies', async () => {
		const document = await (await get('/api/v1/openapi.json')).json();
		const patch = document.paths['/spaces/{slug}'].patch;
		expect(patch.parameters.map((parameter: { name: string }) => parameter.name)).toContain('If-Match');
		expect(patch.responses['412'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
		expect(patch.responses['415']).toBeDefined();
		expect(patch.responses['401'].headers).toHaveProperty('WWW-Authenticate');
		expect(document.paths['/spaces/{slug}'].get.responses['200'].headers).toHaveProperty('ETag');
		const post = document.paths['/organisations'].post;
		expect(post.parameters.map((parameter: { name: string }) => parameter.name)).toContain('Idempotency-Key');
		expect(post.responses['422']).toBeDefined();
		expect(document.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']));
	});
});

describe('Idempotency-Key on POST', () => {
	it('answers a repeated request once, and refuses the key for another body', async () => {
		const body = { name: 'Društvo Enkrat', legalForm: 'association' };
		const headers = { ...bearer('staffOrganisations'), 'idempotency-key': 'create-enkrat-1' };
		const first = await send('POST', '/api/v1/organisations', body, headers);
		expect(first.status).toBe(201);
		const created = await first.json();
		const again = await send('POST', '/api/v1/organisations', body, headers);
		expect(again.status).toBe(201);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect(again.headers.get('location')).toBe(first.headers.get('location'));
		expect(await again.json()).toEqual(created);
		const found = await (await get('/api/v1/organisations?q=Enkrat')).json();
		expect(found.items.filter((item: { name: string }) => item.name === 'Društvo Enkrat')).toHaveLength(1);

		const other = await send('POST', '/api/v1/organisations', { ...body, name: 'Društvo Drugič' }, headers);
		expect(other.status).toBe(422);
		expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' });
		// keys are the caller's own: another person's same key is a new request
		const elsewhere = await send(
			'POST',
			'/api/v1/organisations',
			{ ...body, name: 'Društvo Tuje' },
			{ ...bearer('platformAdminEverything'), 'idempotency-key': 'create-enkrat-1' }
		);
		expect(elsewhere.status).toBe(201);
	});
});

describe('null clears a field in a PATCH', () => {
	it('clears an optional field of a space and refuses to clear a required one', async () => {
		const token = bearer('platformAdminEverything');
		expect((await send('PATCH', '/api/v1/spaces/grozd', { website: 'https://grozd.example.si', contact: { person: 'Ana' } }, token)).status).toBe(200);
		const cleared = await send('PATCH', '/api/v1/spaces/grozd', { website: null, contact: null, strategicGoals: null }, token);
		expect(cleared.status).toBe(200);
		const space = await cleared.json();
		expect(space).not.toHaveProperty('website');
		expect(space).not.toHaveProperty('contact');
		expect(space.strategicGoals).toEqual([]);
		const refused = await send('PATCH', '/api/v1/spaces/grozd', { name: null }, token);
		expect(refused.status).toBe(400);
		expect(await refused.json()).toMatchObject({ code: 'invalid_input' });
	});

	it('clears optional fields of organisations and people', async () => {
		const organisation = `/api/v1/organisations/${people.registry.organisations.ljudmila}`;
		expect((await send('PATCH', organisation, { city: 'Ljubljana' }, bearer('platformAdminEverything'))).status).toBe(200);
		expect(await (await send('PATCH', organisation, { city: null }, bearer('platformAdminEverything'))).json()).not.toHaveProperty('city');
		const person = await (
			await send(
				'POST',
				'/api/v1/people',
				{ name: 'Tone Brez', email: 'tone@example.si', affiliations: [{ organisationId: people.registry.organisations.tri }] },
				bearer('staffPeopleWrite')
			)
		).json();
		expect((await (await send('PATCH', `/api/v1/people/${person.id}`, { email: null }, bearer('staffPeopleWrite'))).json()).email).toBeNull();
	});
});

describe('the platform in the footer', () => {
	it('shows the contact and links the accessibility statement and privacy notice, which platform admins edit', async () => {
		const home = await (await get('/')).text();
		expect(home).toContain('href="/accessibility"');
		expect(home).toContain('href="/privacy"');
		// a fresh install makes up no contact address
		expect(home).not.toContain('mailto:');
		expect(await (await get('/accessibility')).text()).toContain('Inšpektorat za informacijsko družbo');
		expect(await (await get('/en/privacy')).text()).toContain('Information Commissioner');

		const edit = (cookie: string, fields: Record<string, string>) =>
			fetch(url('/app/site'), {
				method: 'POST',
				headers: { origin: people.app.url, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams(fields)
			});
		const texts = {
			'operator.sl': 'Zavod Stičišče',
			'operator.en': 'Stičišče Institute',
			contactEmail: 'pisi@sticisce.example.si',
			'accessibility.sl': 'Izjava.\n\n## Povratne informacije\nPišite nam.',
			'accessibility.en': 'Statement.',
			'privacy.sl': 'Zasebnost.',
			'privacy.en': 'Privacy.'
		};
		expect(await (await get('/app', { cookie: people.cookies.platformAdmin! })).text()).toContain('href="/app/site"');
		expect(await (await get('/app', { cookie: people.cookies.staff! })).text()).not.toContain('href="/app/site"');
		expect((await edit(people.cookies.staff!, texts)).status).toBe(403);
		expect((await edit(people.cookies.platformAdmin!, texts)).status).toBe(200);
		const after = await (await get('/')).text();
		expect(after).toContain('Zavod Stičišče');
		expect(after).toContain('mailto:pisi@sticisce.example.si');
		expect(await (await get('/accessibility')).text()).toContain('<h2>Povratne informacije</h2>');
		const invalid = await edit(people.cookies.platformAdmin!, { ...texts, contactEmail: 'not an address', 'privacy.en': '' });
		expect(invalid.status).toBe(400);
	});
});
