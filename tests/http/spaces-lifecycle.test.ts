import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/tokens/tokens.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { mainText } from '../support/page-text.ts';
import { seedMember } from '../support/seed-members.ts';
import { getPage, postForm } from '../support/registry-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// A space's life as a platform admin leads it: created (API and back office, without JavaScript),
// its first admin invited by mail, renamed (old addresses redirect), archived and restored.
let smtp: TestSmtpServer;
let people: PeopleApp;
let platformToken: string;

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	people = await startPeopleApp({
		afterSeeding: async (db, fixture) => {
			const owner = fixture.people.platformAdmin!.userId;
			const input = { name: 'spaces', scopes: ['spaces:write', 'team:write'] };
			platformToken = (await createApiToken({ db, context: { actor: cliActor, source: 'cli' }, userId: owner, input })).token;
			await seedMember(db, 'grozd', 'Društvo Kranjski kolesarji');
		}
	});
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await people?.app.close();
	await smtp?.close();
});

async function call(path: string, { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {}) {
	const response = await fetch(`${people.app.url}/api/v1${path}`, {
		method,
		redirect: 'manual',
		headers: {
			...(token ? { authorization: `Bearer ${token}` } : {}),
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	return { status: response.status, location: response.headers.get('location'), body: text ? JSON.parse(text) : undefined };
}

const publicSlugs = async () => (await call('/spaces')).body.items.map((space: { slug: string }) => space.slug);
const recipient = (mail: ParsedMail) => [mail.to ?? []].flat().map((address) => address.text);

describe('a space through the API', () => {
	const posavje = { slug: 'posavje', kind: 'regional_hub', regionCode: 'SI036', name: { sl: 'Stičišče Posavje' } };

	it('is created by platform admins only, with its first admin invited by mail', async () => {
		expect(await call('/spaces', { method: 'POST', body: posavje })).toMatchObject({ status: 401 });
		const staffToken = people.fixture.tokens.staffSpacesWrite!.token;
		expect(await call('/spaces', { method: 'POST', token: staffToken, body: posavje })).toMatchObject({ status: 403, body: { code: 'forbidden' } });

		const created = await call('/spaces', { method: 'POST', token: platformToken, body: { ...posavje, firstAdmin: { email: 'vodja@posavje.si' } } });
		expect(created).toMatchObject({ status: 201, location: '/api/v1/spaces/posavje', body: { slug: 'posavje', name: { sl: 'Stičišče Posavje' } } });
		expect(await publicSlugs()).toContain('posavje');
		const mail = await smtp.waitForMessage((message) => recipient(message).includes('vodja@posavje.si'), 15_000);
		expect(mail.text).toMatch(/\/app\/invitations\/[\w-]+/);

		const again = await call('/spaces', { method: 'POST', token: platformToken, body: posavje });
		expect(again).toMatchObject({ status: 409, body: { code: 'space_slug_taken' } });
	});

	it('is renamed: every old address, pages and API, redirects permanently to the new one', async () => {
		const rename = { slug: 'spodnje-posavje', name: { sl: 'Stičišče Spodnje Posavje', en: 'Lower Sava hub' } };
		expect(await call('/spaces/posavje/rename', { method: 'POST', token: people.fixture.tokens.adminEverything!.token, body: rename })).toMatchObject({
			status: 403
		});
		const renamed = await call('/spaces/posavje/rename', { method: 'POST', token: platformToken, body: rename });
		expect(renamed).toMatchObject({ status: 200, body: { slug: 'spodnje-posavje', name: rename.name } });

		expect(await call('/spaces/posavje')).toMatchObject({ status: 308, location: '/api/v1/spaces/spodnje-posavje' });
		for (const [old, moved] of [
			['/spaces/posavje', '/spaces/spodnje-posavje'],
			['/en/spaces/posavje?x=1', '/en/spaces/spodnje-posavje?x=1'],
			['/app/spaces/posavje/team', '/app/spaces/spodnje-posavje/team']
		]) {
			const response = await getPage(people, undefined, old!);
			expect([old, response.status, response.headers.get('location')]).toEqual([old, 308, moved]);
		}
		const page = await getPage(people, undefined, '/en/spaces/spodnje-posavje');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Lower Sava hub');
	});

	it('is archived: off the public list and page, read-only, and restored whole', async () => {
		const archived = await call('/spaces/spodnje-posavje/archive', { method: 'POST', token: platformToken, body: {} });
		expect(archived).toMatchObject({ status: 200, body: { slug: 'spodnje-posavje', archivedAt: expect.any(String) } });
		expect(await publicSlugs()).not.toContain('spodnje-posavje');
		expect(await call('/spaces/spodnje-posavje')).toMatchObject({ status: 404, body: { code: 'space_archived' } });
		expect((await getPage(people, undefined, '/spaces/spodnje-posavje')).status).toBe(404);
		const change = { mission: { sl: 'Poslanstvo' } };
		expect(await call('/spaces/spodnje-posavje', { method: 'PATCH', token: platformToken, body: change })).toMatchObject({
			status: 409,
			body: { code: 'space_read_only' }
		});

		const restored = await call('/spaces/spodnje-posavje/archive', { method: 'DELETE', token: platformToken, body: {} });
		expect(restored.status).toBe(200);
		expect(restored.body).not.toHaveProperty('archivedAt');
		expect(await publicSlugs()).toContain('spodnje-posavje');
		expect((await getPage(people, undefined, '/spaces/spodnje-posavje')).status).toBe(200);
	});

	it('is described in the OpenAPI document, with every step of its life', async () => {
		const { body } = await call('/openapi.json');
		expect(Object.keys(body.paths['/spaces'])).toEqual(['get', 'post']);
		expect(Object.keys(body.paths['/spaces/{slug}/rename'])).toEqual(['post']);
		expect(Object.keys(body.paths['/spaces/{slug}/archive'])).toEqual(['post', 'delete']);
		expect(body.components.schemas.NewSpace.properties).toHaveProperty('firstAdmin');
		expect(body.components.schemas.Space.properties).toHaveProperty('archivedAt');
	});
});

describe('a space in the back office, without JavaScript', () => {
	it('keeps what was typed and says beside each field what is wrong', async () => {
		const sent = await postForm(people, people.cookies.platformAdmin!, '/app/spaces/new', {
			'name.sl': '',
			slug: 'Ne Gre',
			kind: 'regional_hub',
			'firstAdmin.email': 'ni-naslov'
		});
		expect(sent.status).toBe(400);
		const html = await sent.text();
		expect(html).toContain('value="Ne Gre"');
		for (const [field, message] of [
			['name.sl', 'Vpišite ime prostora.'],
			['slug', 'Vpišite naslov iz malih črk brez šumnikov'],
			['firstAdmin.email', 'Vpišite e-poštni naslov v obliki ime@primer.si.']
		]) {
			expect(html).toMatch(new RegExp(`id="field-${field!.replace('.', '\\.')}-error"[^>]*>${message}`));
		}

		const taken = await postForm(people, people.cookies.platformAdmin!, '/app/spaces/new', { 'name.sl': 'Še en Grozd', slug: 'grozd', kind: 'other' });
		expect(taken.status).toBe(409);
		expect(await taken.text()).toMatch(/id="field-slug-error"[^>]*>Drug prostor že ima naslov »grozd«/);
	});

	it('creates a space whose dashboard starts with first steps ticked from real data', async () => {
		expect((await getPage(people, people.cookies.admin!, '/app/spaces/new')).status).toBe(403);
		const sent = await postForm(people, people.cookies.platformAdmin!, '/app/spaces/new', {
			'name.sl': 'Stičišče Koroška',
			'name.en': '',
			slug: 'koroska',
			kind: 'regional_hub',
			regionCode: 'SI032',
			'firstAdmin.email': 'vodja@koroska.si',
			'firstAdmin.locale': 'en'
		});
		expect(sent.status).toBe(303);
		expect(sent.headers.get('location')).toBe('/app/spaces/koroska?created=invited');
		const mail = await smtp.waitForMessage((message) => recipient(message).includes('vodja@koroska.si'), 15_000);
		expect(mail.text).toContain('/en/app/invitations/');

		const dashboard = await (await getPage(people, people.cookies.platformAdmin!, '/app/spaces/koroska?created=invited')).text();
		expect(mainText(dashboard)).toContain('Prostor je ustvarjen. Povabilo za prvega skrbnika je poslano.');
		expect(mainText(dashboard)).toContain('Opravljeno 0 od 4.');
		expect(dashboard).toContain('href="/app/spaces/koroska/profile"');
		expect(dashboard).toContain('Dogodki pridejo v eni od naslednjih različic');

		// Grozd has a mission, a team and members: only the first event is left, so the steps are done
		const grozd = await (await getPage(people, people.cookies.staff!, '/app/spaces/grozd')).text();
		expect(grozd).not.toContain('Prvi koraki');
		expect(grozd).toContain('href="/app/spaces/grozd/profile"');
		expect((await getPage(people, people.cookies.viewer!, '/app/spaces/koroska')).status).toBe(403);
	});

	it('renames, archives and restores a space from its settings', async () => {
		const admin = people.cookies.platformAdmin!;
		const taken = await postForm(people, admin, '/app/spaces/koroska/settings?/rename', { 'name.sl': 'Stičišče Koroška', slug: 'grozd' });
		expect(taken.status).toBe(409);
		expect(await taken.text()).toMatch(/id="field-slug-error"[^>]*>Drug prostor že ima naslov »grozd«/);
		const renamed = await postForm(people, admin, '/app/spaces/koroska/settings?/rename', { 'name.sl': 'Stičišče Koroška', slug: 'korosko' });
		expect(renamed.status).toBe(303);
		expect(renamed.headers.get('location')).toBe('/app/spaces/korosko/settings?done=renamed');

		const confirm = await (await getPage(people, admin, '/app/spaces/korosko/settings?archive')).text();
		expect(confirm).toContain('Arhiviram prostor Stičišče Koroška?');
		const archived = await postForm(people, admin, '/app/spaces/korosko/settings?/archive', {});
		expect(archived.headers.get('location')).toBe('/app/spaces/korosko/settings?done=archived');
		const list = await (await getPage(people, admin, '/app/spaces')).text();
		expect(mainText(list)).toContain('Stičišče Koroška (arhiviran)');
		expect(await (await getPage(people, admin, '/app/spaces/korosko')).text()).toContain('Ta prostor je arhiviran');

		const restored = await postForm(people, admin, '/app/spaces/korosko/settings?/restore', {});
		expect(restored.headers.get('location')).toBe('/app/spaces/korosko/settings?done=restored');
		expect((await getPage(people, undefined, '/spaces/korosko')).status).toBe(200);
	});
});
