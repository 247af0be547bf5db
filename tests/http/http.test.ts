import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.ts';

let app: TestApp;
beforeAll(async () => {
	app = await startTestApp();
});
afterAll(() => app.close());

const get = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, { redirect: 'manual', ...init });

describe('health', () => {
	it('reports ok, the database server it was given and its version', async () => {
		const response = await get('/healthz');
		expect(response.status).toBe(200);
		// the test app gets a DATABASE_URL: the suite's embedded server (18) or Debian's PostgreSQL (15)
		const version = process.env.STICISCE_TEST_SERVER === 'embedded' ? /^18\.\d+$/ : /^\d+\.\d+$/;
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({
			status: 'ok',
			database: 'postgresql',
			version: expect.stringMatching(version),
			checks: { database: { status: 'ok', milliseconds: expect.any(Number) }, disk: { status: 'ok', freeBytes: expect.any(Number) } }
		});
	});
});

describe('spaces API', () => {
	it('lists the four demo spaces loaded on first start', async () => {
		const response = await get('/api/v1/spaces');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		const body = await response.json();
		expect(body.items.map((space: { slug: string }) => space.slug)).toEqual(['asociacija', 'grozd', 'iskra', 'nvo-vid']);
	});

	it('returns one space with its whole profile', async () => {
		const space = await (await get('/api/v1/spaces/iskra')).json();
		expect(space).toMatchObject({
			slug: 'iskra',
			kind: 'regional_hub',
			regionCode: 'SI044'
		});
		// its project is under /api/v1/spaces/iskra/projects since the profile stopped holding one
		expect(space).not.toHaveProperty('supportProject');
		expect(space.name.sl).toBe('ISKRA – Stičišče NVO Istre in Krasa');
	});

	it('answers an unknown space with 404 and a stable code', async () => {
		const response = await get('/api/v1/spaces/nowhere');
		expect(response.status).toBe(404);
		expect(await response.json()).toMatchObject({ code: 'space_not_found', message: expect.any(String) });
	});

	it('answers a method an endpoint lacks with 405 in JSON and the allowed methods', async () => {
		const response = await get('/api/v1/spaces', { method: 'PUT', headers: { origin: app.url } });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, POST');
		expect(await response.json()).toMatchObject({ code: 'method_not_allowed' });
	});

	it('answers an unknown API address with JSON, not the HTML error page', async () => {
		const response = await get('/api/v1/nothing-here');
		expect(response.status).toBe(404);
		expect(await response.json()).toMatchObject({ code: 'not_found' });
	});
});

describe('OpenAPI document', () => {
	it('is OpenAPI 3.1 with the spaces operations and schemas generated from zod', async () => {
		const document = await (await get('/api/v1/openapi.json')).json();
		expect(document.openapi).toBe('3.1.0');
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/spaces', '/spaces/{slug}', '/spaces/{slug}/audit', '/spaces/{slug}/members', '/spaces/{slug}/members/{organisationId}'])
		);
		expect(document.paths['/spaces/{slug}'].patch.requestBody.content['application/json'].schema).toEqual({
			$ref: '#/components/schemas/SpaceChanges'
		});
		expect(document.components.schemas.SpaceChanges.properties).not.toHaveProperty('slug');
		expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
		expect(document.paths['/spaces/{slug}'].get.responses['404'].content['application/problem+json'].schema).toEqual({
			$ref: '#/components/schemas/Problem'
		});
		const space = document.components.schemas.Space;
		expect(space.required).toEqual(expect.arrayContaining(['id', 'slug', 'kind', 'name']));
		expect(space.properties.kind.enum).toEqual(['regional_hub', 'thematic_network', 'national_network', 'other']);
		expect(space.properties.regionCode.enum).toHaveLength(12);
	});

	it('describes every $ref it uses', async () => {
		const document = await (await get('/api/v1/openapi.json')).json();
		const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]!);
		expect(refs.length).toBeGreaterThan(5);
		for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref);
	});

	it('matches what the API returns: required properties are present', async () => {
		const document = await (await get('/api/v1/openapi.json')).json();
		const { items } = await (await get('/api/v1/spaces')).json();
		for (const space of items) {
			for (const property of document.components.schemas.Space.required) expect(space).toHaveProperty(property);
			for (const key of Object.keys(space)) expect(document.components.schemas.Space.properties).toHaveProperty(key);
		}
	});
});

describe('pages', () => {
	it('serves the home page in Slovenian at / and in English under /en', async () => {
		const sl = await get('/');
		expect(sl.status).toBe(200);
		const slHtml = await sl.text();
		expect(slHtml).toContain('<html lang="sl">');
		expect(slHtml).toContain('Grozd – stičišče nevladnih organizacij gorenjske regije');

		const enHtml = await (await get('/en')).text();
		expect(enHtml).toContain('<html lang="en">');
		expect(enHtml).toContain('Hubs and networks on the platform');
		expect(enHtml).toContain('href="/en/spaces/grozd"');
	});

	it('lists the spaces at /spaces and links each language version to the other', async () => {
		const html = await (await get('/en/spaces')).text();
		expect(html).toContain('<h1>Hubs and networks</h1>');
		expect(html).toContain('href="/en/spaces/nvo-vid"');
		expect(html).toContain(`<link rel="alternate" hreflang="sl" href="${app.url}/spaces"`);
		expect(html).toContain(`<link rel="alternate" hreflang="en" href="${app.url}/en/spaces"`);
	});

	it('serves a space page and a localized 404 for an unknown one', async () => {
		expect((await get('/spaces/grozd')).status).toBe(200);
		const missing = await get('/en/spaces/nowhere');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Page not found');
	});

	it('marks Slovenian text on an English page as Slovenian, so screen readers pronounce it right', async () => {
		const html = await (await get('/en/spaces/grozd')).text();
		// a name from the registry, in Slovenian, in the project that hosts the space
		expect(html).toContain('<span lang="sl">SKUP – Skupnost privatnih zavodov</span>');
		expect(html).toContain('<h2 id="mission">Mission</h2>');
	});

	it('needs no JavaScript: public pages send no script at all', async () => {
		for (const path of ['/', '/spaces', '/spaces/iskra']) {
			expect(await (await get(path)).text(), path).not.toContain('<script');
		}
	});

	it.each([
		['/sl', '/'],
		['/sl/spaces/grozd?x=1', '/spaces/grozd?x=1'],
		['/spaces/grozd/', '/spaces/grozd'],
		['/en/', '/en']
	])('gives each page one address: %s redirects to %s', async (from, to) => {
		const response = await get(from);
		expect(response.status).toBe(308);
		const target = new URL(response.headers.get('location')!, `${app.url}${from}`);
		expect(`${target.pathname}${target.search}`).toBe(to);
	});

	it('links the English home page as /en, without a redirect', async () => {
		const html = await (await get('/en/spaces/iskra')).text();
		expect(html).toContain('href="/en"');
		expect(html).not.toContain('href="/en/"');
	});

	it('sends the security headers with static files too', async () => {
		const html = await (await get('/')).text();
		const stylesheet = html.match(/href="((?:\.\.?\/)*_app\/[^"]+\.css)"/)![1]!;
		for (const path of [new URL(stylesheet, `${app.url}/`).pathname, '/favicon.svg']) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
		}
	});

	it('sends security headers and a CSP without inline scripts or third-party hosts', async () => {
		const response = await get('/');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).not.toMatch(/https?:\/\//);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('references no third-party host in its markup', async () => {
		const html = await (await get('/spaces/iskra')).text();
		// links to the organisations' own websites are content; what the page itself loads must be ours
		const requested = [...html.matchAll(/<(?:script|link|img|iframe|source)[^>]+(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)]
			.map((match) => new URL(match[1]!, app.url))
			.filter((url) => url.origin !== app.url);
		expect(requested).toEqual([]);
		expect(html).toMatch(/<link[^>]+href="(?:\.\.?\/)*_app\//);
	});
});
