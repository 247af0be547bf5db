import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDirectoryApp, type DirectoryFixture } from '../support/directory.ts';
import type { PeopleApp } from '../support/people-app.ts';

let app: PeopleApp & { directory: DirectoryFixture };
beforeAll(async () => {
	app = await startDirectoryApp();
});
afterAll(() => app?.app.close());

const url = (path: string) => `${app.app.url}${path}`;
const bearer = (key: string) => ({ authorization: `Bearer ${app.fixture.tokens[key]!.token}` });
const get = (path: string, headers: Record<string, string> = {}) => fetch(url(path), { redirect: 'manual', headers });
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(url(path), {
		method,
		redirect: 'manual',
		headers: { 'content-type': 'application/json', origin: app.app.url, ...headers },
		body: JSON.stringify(body)
	});
const html = async (path: string, headers: Record<string, string> = {}) => {
	const response = await get(path, { accept: 'text/html', ...headers });
	expect(response.status, path).toBe(200);
	return response.text();
};
type Item = { id: string; name: string; regionCode: string | null };

describe('GET /api/v1/organisations', () => {
	it('lists the directory by name, with the total, the page and every facet', async () => {
		const response = await get('/api/v1/organisations');
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body).toMatchObject({ total: app.directory.total, page: 1, pageSize: 20 });
		expect(body.items).toHaveLength(20);
		expect(Object.keys(body.facets).sort()).toEqual(['field', 'legalForm', 'municipality', 'publicInterest', 'region', 'space']);
		expect(body.facets.region).toContainEqual({ value: 'SI042', count: app.directory.gorenjska });
		expect(body.facets.space).toEqual([{ value: 'grozd', count: app.directory.gorenjska }]);
		const names = body.items.map((item: Item) => item.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sl', { sensitivity: 'base' })));
	});

	it('finds Stičišče for sticisce and narrows by the filters given, ignoring empty ones', async () => {
		const found = await (await get('/api/v1/organisations?q=sticisce&region=&legalForm=')).json();
		expect(found.items.map((item: Item) => item.id)).toEqual([app.directory.hubId]);
		const gorenjska = await (await get('/api/v1/organisations?region=SI042&legalForm=association&pageSize=100')).json();
		expect(gorenjska.total).toBe(app.directory.gorenjska - 1);
		expect(gorenjska.items.every((item: Item) => item.regionCode === 'SI042')).toBe(true);
		expect(gorenjska.facets.legalForm).toContainEqual({ value: 'private_institute', count: 1 });
	});

	it('answers bad parameters with 400 and names each of them', async () => {
		const response = await get('/api/v1/organisations?region=SI999&municipality=145&pageSize=1000&page=0');
		expect(response.status).toBe(400);
		const body = await response.json();
		expect(body.code).toBe('invalid_input');
		const paths = body.details.issues.map((issue: { path: string[] }) => issue.path[0]).sort();
		expect(paths).toEqual(['municipality', 'page', 'pageSize', 'region']);
	});

	it('refuses a token without a scope to read organisations', async () => {
		const refused = await get('/api/v1/organisations', bearer('staffSpacesWrite'));
		expect(refused.status).toBe(403);
		expect(await refused.json()).toMatchObject({ code: 'token_scope_missing' });
		expect((await get('/api/v1/organisations', bearer('staffRead'))).status).toBe(200);
	});
});

describe('POST, GET and PATCH /api/v1/organisations/{id}', () => {
	const input = {
		name: 'Društvo za API',
		legalForm: 'association',
		municipalityCode: '61',
		taxNumber: 'SI 15012557',
		fields: ['culture'],
		website: 'https://api.example.si'
	};

	it('creates an organisation: 201, its address in Location, then GET and PATCH it', async () => {
		const created = await send('POST', '/api/v1/organisations', input, bearer('adminEverything'));
		expect(created.status).toBe(201);
		const organisation = await created.json();
		expect(organisation).toMatchObject({ name: 'Društvo za API', municipalityCode: '061', regionCode: 'SI041', taxNumber: '15012557' });
		expect(created.headers.get('location')).toBe(`/api/v1/organisations/${organisation.id}`);

		const fetched = await get(created.headers.get('location')!);
		expect(fetched.status).toBe(200);
		expect(await fetched.json()).toEqual(organisation);

		const patched = await send('PATCH', `/api/v1/organisations/${organisation.id}`, { website: null, shortName: 'DzA' }, bearer('adminEverything'));
		expect(patched.status).toBe(200);
		const changed = await patched.json();
		expect(changed).toMatchObject({ shortName: 'DzA', fields: ['culture'], taxNumber: '15012557' });
		expect(changed).not.toHaveProperty('website');

		const found = await (await get('/api/v1/organisations?q=dza')).json();
		expect(found.items.map((item: Item) => item.id)).toEqual([organisation.id]);
	});

	it('names what is wrong with a new organisation', async () => {
		const response = await send('POST', '/api/v1/organisations', { ...input, taxNumber: '15012558' }, bearer('adminEverything'));
		expect(response.status).toBe(400);
		const body = await response.json();
		expect(body.details.issues).toContainEqual(expect.objectContaining({ path: ['taxNumber'], message: 'tax_number_check_digit' }));
		const unknown = await send('POST', '/api/v1/organisations', { ...input, fields: ['astrology'] }, bearer('adminEverything'));
		expect(await unknown.json()).toMatchObject({ code: 'field_unknown' });
	});

	it('refuses to create without a sign-in (401) and with a read-only token (403)', async () => {
		expect((await send('POST', '/api/v1/organisations', input)).status).toBe(401);
		const readOnly = await send('POST', '/api/v1/organisations', input, bearer('staffRead'));
		expect(readOnly.status).toBe(403);
		expect(await readOnly.json()).toMatchObject({ code: 'token_scope_missing' });
		const patch = await send('PATCH', `/api/v1/organisations/${app.directory.hubId}`, { shortName: 'X' }, bearer('staffRead'));
		expect(patch.status).toBe(403);
		expect((await send('PATCH', `/api/v1/organisations/${app.directory.hubId}`, { shortName: 'X' })).status).toBe(401);
	});

	it('answers an unknown or malformed id with 404, and a merged one with a redirect to where it went', async () => {
		const unknown = await get('/api/v1/organisations/00000000-0000-4000-8000-000000000000');
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toMatchObject({ code: 'organisation_not_found' });
		expect((await get('/api/v1/organisations/not-an-id')).status).toBe(404);
		const merged = await get(`/api/v1/organisations/${app.directory.mergedId}`);
		expect(merged.status).toBe(301);
		expect(merged.headers.get('location')).toBe(`/api/v1/organisations/${app.directory.hubId}`);
	});
});

describe('GET /api/v1/fields', () => {
	it('lists the fields of work in their order, with names in both languages', async () => {
		const body = await (await get('/api/v1/fields')).json();
		expect(body.items).toHaveLength(21);
		expect(body.items[0]).toEqual({ code: 'culture', name: { sl: 'Kultura', en: 'Culture' }, position: 10 });
	});
});

describe('OpenAPI document', () => {
	it('describes the organisations and fields operations with their schemas', async () => {
		const document = await (await get('/api/v1/openapi.json')).json();
		expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/organisations', '/organisations/{id}', '/fields']));
		const search = document.paths['/organisations'].get;
		expect(search.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
			'q',
			'region',
			'municipality',
			'legalForm',
			'field',
			'publicInterest',
			'space',
			'page',
			'pageSize'
		]);
		expect(search.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/DirectoryResult' });
		expect(document.paths['/organisations'].post.security).toEqual([{ bearer: [] }]);
		expect(document.paths['/organisations/{id}'].patch.responses).toHaveProperty('403');
		expect(document.components.schemas.Organisation.properties.taxNumber).toMatchObject({ type: 'string', pattern: '^\\d{8}$' });
		const { items } = await (await get('/api/v1/organisations')).json();
		for (const key of Object.keys(items[0])) expect(document.components.schemas.Organisation.properties).toHaveProperty(key);
	});
});

describe('the directory page without JavaScript', () => {
	it('searches with the plain form: sticisce finds Stičišče', async () => {
		const page = await html('/organisations?q=sticisce');
		expect(page).toContain('Zavod Stičišče – središče nevladnih organizacij');
		expect(page).toContain('Število zadetkov: 1');
		expect(page).toMatch(/<form[^>]*method="get"[^>]*action="\/organisations"[^>]*role="search"/);
		expect(page).toMatch(/<label for="directory-q">/);
		expect(page).toContain('value="sticisce"');
	});

	it('narrows by a facet: counts, the chosen value marked, a way to clear it, filters kept by the search form', async () => {
		const page = await html('/organisations?region=SI042');
		expect(page).toContain(`Število zadetkov: ${app.directory.gorenjska}`);
		expect(page).not.toContain('Ministrstvo za javno upravo');
		expect(page).toMatch(/<a class="facet-value" href="\/organisations" aria-current="true"[^>]*><span class="facet-label">Gorenjska<\/span>/);
		expect(page).toMatch(/href="\/organisations\?region=SI042&amp;legalForm=association"/);
		expect(page).toContain('Počisti izbiro');
		expect(page).toContain('<input type="hidden" name="region" value="SI042"');
		expect(page).toContain('href="/organisations/export?region=SI042&amp;format=csv"');
		expect(page).toContain('href="/organisations/export?region=SI042&amp;format=xlsx"');
		expect(page).toContain('Vir: Geodetska uprava Republike Slovenije');
	});

	it('pages through results, marking the current page', async () => {
		const first = await html('/organisations');
		expect(first).toMatch(/<a href="\/organisations\?page=2"[^>]*aria-label="Stran 2">2<\/a>/);
		const second = await html('/organisations?page=2');
		expect(second).toMatch(/href="\/organisations\?page=2" aria-current="page"/);
		expect(second).toContain('rel="prev"');
	});

	it('shows the directory for a link with a bad parameter instead of failing', async () => {
		const page = await html('/organisations?region=nowhere&page=-3');
		expect(page).toMatch(/Število zadetkov: \d+/);
		expect(page).toContain('Ministrstvo za javno upravo');
	});

	it('is in English under /en, and in the public navigation', async () => {
		const page = await html('/en/organisations?q=sticisce');
		expect(page).toContain('<h1>Directory of organisations</h1>');
		expect(page).toContain('Organisations found: 1');
		expect(page).toContain('href="/en/organisations/');
		expect(page).toMatch(/<a href="\/en\/organisations" aria-current="page">Organisations<\/a>/);
	});
});

describe('an organisation’s page', () => {
	const jsonLdOf = (page: string) => {
		const match = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
		expect(match).not.toBeNull();
		return JSON.parse(match![1]!);
	};

	it('shows every detail and carries schema.org JSON-LD with the name', async () => {
		const page = await html(`/organisations/${app.directory.hubId}`);
		for (const text of ['Stičišče Kranj', 'Stičišče NVO Kranj', 'Zasebni zavod', '1234567', '15012557', 'Koroška cesta 19', '4000 Kranj']) {
			expect(page).toContain(text);
		}
		expect(page).toContain('Občina Kranj, regija Gorenjska');
		expect(page).toContain('odločba z dne 10. maj 2019');
		expect(page).toContain('Razvoj nevladnih organizacij in prostovoljstva');
		expect(page).toContain('href="/spaces/grozd"');
		expect(page).toContain('članica od 15. januar 2020');
		expect(page).not.toContain('/logo');
		const data = jsonLdOf(page);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NGO',
			name: 'Zavod Stičišče – središče nevladnih organizacij',
			alternateName: ['Stičišče Kranj', 'Stičišče NVO Kranj'],
			identifier: '1234567',
			taxID: '15012557',
			url: 'https://www.sticisce-kranj.si/',
			email: 'info@sticisce-kranj.si',
			address: {
				'@type': 'PostalAddress',
				streetAddress: 'Koroška cesta 19',
				postalCode: '4000',
				addressLocality: 'Kranj',
				addressRegion: 'Gorenjska',
				addressCountry: 'SI'
			},
			memberOf: [{ '@type': 'Organization', url: `${app.app.url}/spaces/grozd` }]
		});
	});

	it('formats dates for English; a public body is an Organization, with its logo', async () => {
		expect(await html(`/en/organisations/${app.directory.hubId}`)).toContain('decision of 10 May 2019');
		const ministry = await html(`/organisations/${app.directory.ministryId}`);
		expect(jsonLdOf(ministry)).toMatchObject({ '@type': 'Organization', logo: `${app.app.url}/organisations/${app.directory.ministryId}/logo` });
		// the logo's version is in its address, so an upload is seen at once despite the cache
		expect(ministry).toMatch(new RegExp(`<img class="org-logo" src="/organisations/${app.directory.ministryId}/logo\\?v=\\d+" alt=""`));
	});

	it('keeps a name with </script> inside the JSON-LD and out of the markup', async () => {
		const page = await html(`/organisations/${app.directory.trickyId}`);
		expect(jsonLdOf(page).name).toBe(app.directory.trickyName);
		expect(page).not.toContain('<b>za kulturo</b>');
	});

	it('offers editing to those who may change it only', async () => {
		const edit = `href="/app/organisations/${app.directory.hubId}"`;
		expect(await html(`/organisations/${app.directory.hubId}`)).not.toContain(edit);
		expect(await html(`/organisations/${app.directory.hubId}`, { cookie: app.cookies.viewer! })).not.toContain(edit);
		expect(await html(`/organisations/${app.directory.hubId}`, { cookie: app.cookies.staff! })).toContain(edit);
	});

	it('redirects a merged organisation permanently, and answers an unknown one with 404', async () => {
		const merged = await get(`/en/organisations/${app.directory.mergedId}`, { accept: 'text/html' });
		expect(merged.status).toBe(301);
		expect(merged.headers.get('location')).toBe(`/en/organisations/${app.directory.hubId}`);
		expect((await get('/organisations/00000000-0000-4000-8000-000000000000', { accept: 'text/html' })).status).toBe(404);
		expect((await get('/organisations/nothing', { accept: 'text/html' })).status).toBe(404);
	});
});
