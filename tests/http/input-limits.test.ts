import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistryPeopleApp, type RegistryPeopleApp } from '../support/registry-people-app.ts';

let people: RegistryPeopleApp;
beforeAll(async () => {
	people = await startRegistryPeopleApp();
});
afterAll(() => people?.app.close());

const adminToken = () => `Bearer ${people.registry.tokens.platformAdminEverything}`;

async function api(path: string, { method = 'GET', body }: { method?: string; body?: BodyInit } = {}) {
	const response = await fetch(`${people.app.url}/api/v1${path}`, {
		method,
		headers: { origin: people.app.url, authorization: adminToken(), 'content-type': 'application/json' },
		body,
		// a ReadableStream body is sent in chunks, without a Content-Length
		...(body instanceof ReadableStream ? { duplex: 'half' } : {})
	} as RequestInit);
	return { status: response.status, body: await response.json() };
}

const issuesOf = (body: { details: { issues: { path: (string | number)[]; message: string; code: string }[] } }) =>
	body.details.issues.map((issue) => [issue.path.join('.'), issue.code === 'custom' ? issue.message : issue.code]);

describe('bounded input', () => {
	it('refuses NUL in a text field of the API with a 400 naming the field', async () => {
		const { status, body } = await api('/organisations', {
			method: 'POST',
			body: JSON.stringify({ name: 'Zavod\u0000Štiri', legalForm: 'association', aliases: ['ok', 'a\ud800'] })
		});
		expect(status).toBe(400);
		expect(body.code).toBe('invalid_input');
		expect(issuesOf(body)).toEqual([
			['name', 'text_invalid_characters'],
			['aliases.1', 'text_invalid_characters']
		]);
		const profile = await api('/spaces/grozd', { method: 'PATCH', body: JSON.stringify({ mission: { sl: 'Poslanstvo\u0000' } }) });
		expect(profile.status).toBe(400);
		expect(issuesOf(profile.body)).toEqual([['mission.sl', 'text_invalid_characters']]);
	});

	it('refuses NUL in a form field with a 400 and the problem in words beside the field', async () => {
		const response = await fetch(`${people.app.url}/app/people/new`, {
			method: 'POST',
			headers: {
				origin: people.app.url,
				cookie: people.cookies.platformAdmin!,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ name: 'Ana\u0000Novak', organisation: '1234567' })
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('href="#field-name"');
		expect(html).toContain('Besedilo vsebuje znake, ki jih ni mogoče shraniti');
	});

	it('refuses a text past its limit, and a 30 MB profile text before reading it; the audit log still answers', async () => {
		const tooLong = await api('/spaces/grozd', { method: 'PATCH', body: JSON.stringify({ vision: { sl: 'a'.repeat(20_001) } }) });
		expect(tooLong.status).toBe(400);
		expect(issuesOf(tooLong.body)).toEqual([['vision.sl', 'too_big']]);

		const huge = await api('/spaces/grozd', { method: 'PATCH', body: JSON.stringify({ vision: { sl: 'a'.repeat(30_000_000) } }) });
		expect(huge).toMatchObject({ status: 413, body: { code: 'payload_too_large', details: { maxBytes: 1_048_576 } } });

		const audit = await api('/spaces/grozd/audit');
		expect(audit.status).toBe(200);
	});

	it('counts a chunked body, which declares no length', async () => {
		const chunk = new TextEncoder().encode(`{"vision":{"sl":"${'a'.repeat(100_000)}`);
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent++ < 12) controller.enqueue(chunk);
				else controller.close();
			}
		});
		expect(await api('/spaces/grozd', { method: 'PATCH', body: stream })).toMatchObject({ status: 413, body: { code: 'payload_too_large' } });
		const small = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('{"vision":{"sl":"Vizija v kosih"}}'));
				controller.close();
			}
		});
		expect(await api('/spaces/grozd', { method: 'PATCH', body: small })).toMatchObject({ status: 200, body: { vision: { sl: 'Vizija v kosih' } } });
	});

	it('refuses a form body past its limit with a page in the language of the address', async () => {
		const response = await fetch(`${people.app.url}/en/app/sign-in`, {
			method: 'POST',
			headers: { origin: people.app.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: 'a@b.si', password: 'x'.repeat(300_000) })
		});
		expect(response.status).toBe(413);
		expect(await response.text()).toContain('This form accepts at most 256 KB.');
	});

	it('answers malformed addresses with 404, never 500', async () => {
		const addresses = [
			'/api/v1/spaces/%00',
			'/sl//evil.example',
			'/sl/%5Cevil.example',
			'/api/v1/spaces/%E0%A4%A',
			'/spaces/%E0%A4%A',
			'/spaces/a%00b',
			`/spaces/${'a'.repeat(3_000)}`
		];
		for (const address of addresses) {
			const response = await fetch(`${people.app.url}${address}`, { redirect: 'manual', headers: { authorization: adminToken() } });
			expect([address, response.status]).toEqual([address, 404]);
		}
		const api404 = await fetch(`${people.app.url}/api/v1/spaces/%00`);
		expect(await api404.json()).toMatchObject({ code: 'not_found' });
	});

	it('answers a query parameter with control characters or broken UTF-8 with a 400 naming it', async () => {
		expect(await api('/organisations?q=%00')).toMatchObject({ status: 400, body: { code: 'invalid_query_parameter', details: { parameter: 'q' } } });
		expect(await api('/people?q=%E0%A4%A')).toMatchObject({ status: 400, body: { details: { parameter: 'q' } } });
		const page = await fetch(`${people.app.url}/organisations?region=%07`);
		expect(page.status).toBe(400);
		expect(await page.text()).toContain('Parameter »region« v naslovu');
	});
});
