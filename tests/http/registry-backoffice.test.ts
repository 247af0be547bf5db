import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText } from '../support/page-text.ts';
import { getPage, postForm, startRegistryApp, type RegistryApp } from '../support/registry-app.ts';

let registry: RegistryApp;
beforeAll(async () => {
	registry = await startRegistryApp();
});
afterAll(() => registry?.app.close());

const cookie = (key: string) => registry.cookies[key]!;
const text = async (response: Response) => mainText(await response.text());
const logo = (name: string, type = 'application/octet-stream') => {
	const form = new FormData();
	form.set('logo', new Blob([readFileSync(`tests/fixtures/logos/${name}`)], { type }), name);
	return form;
};

describe('organisation editor without JavaScript', () => {
	let created: string;

	it('says what is wrong beside each field and in the summary, keeping what was typed', async () => {
		const response = await postForm(registry, cookie('staff'), '/app/organisations/new?/save', {
			name: 'Društvo Stičišče',
			legalForm: 'association',
			registrationNumber: '12345',
			taxNumber: '15012558',
			website: 'www.sticisce.si',
			'aliases.0': 'Sticisce'
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		const page = mainText(html);
		expect(page).toContain('Matična številka ima 7 ali 10 števk.');
		expect(page).toContain('Davčna številka ni veljavna: kontrolna števka se ne ujema.');
		expect(page).toContain('Spletna stran: Vpišite spletni naslov v obliki https://www.domena.si.');
		expect(html).toContain('value="Društvo Stičišče"');
		expect(html).toContain('value="Sticisce"');
		expect(html).toMatch(/id="field-taxNumber"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-taxNumber"/);
	});

	it('creates an organisation and opens it for editing', async () => {
		const response = await postForm(registry, cookie('staff'), '/app/organisations/new?/save', {
			name: 'Društvo Stičišče',
			legalForm: 'association',
			registrationNumber: '1234567',
			taxNumber: 'SI 15012557',
			municipalityCode: '052',
			'field.culture': 'on',
			'publicInterest.0.field': 'culture',
			'publicInterest.0.decidedOn': '4. 5. 2020',
			donationEligible: 'on',
			'aliases.0': 'Sticisce'
		});
		expect(response.status).toBe(303);
		const location = response.headers.get('location')!;
		expect(location).toMatch(/^\/app\/organisations\/[0-9a-f-]{36}\?created$/);
		created = location.split('/').pop()!.split('?')[0]!;
		const page = await getPage(registry, cookie('staff'), location);
		const html = await page.text();
		expect(mainText(html)).toContain('Organizacija je dodana v register.');
		expect(html).toContain('value="15012557"');
		expect(html).toMatch(/<option value="052" selected="">Kranj<\/option>/);
		expect(html).toMatch(/name="publicInterest.0.decidedOn"[^>]*value="4. 5. 2020"/);
		expect(html).toMatch(/<option value="culture" selected="">/);
		const api = await (await getPage(registry, undefined, `/api/v1/spaces/grozd/members?q=sticisce`)).json();
		expect(api.total).toBe(0);
	});

	it('saves changes and clears the fields left empty', async () => {
		const response = await postForm(registry, cookie('admin'), `/app/organisations/${created}?/save`, {
			name: 'Društvo Stičišče Gorenjska',
			legalForm: 'association',
			registrationNumber: '1234567',
			municipalityCode: '',
			website: 'https://www.sticisce.si',
			'field.youth': 'on'
		});
		expect(response.status).toBe(200);
		expect(await text(response)).toContain('Spremembe so shranjene.');
		const html = await (await getPage(registry, cookie('admin'), `/app/organisations/${created}`)).text();
		expect(html).toContain('value="https://www.sticisce.si"');
		expect(html).not.toContain('value="15012557"');
		expect(html).not.toMatch(/<option value="052" selected/);
		expect(html).toMatch(/name="field.youth" checked/);
		expect(html).not.toMatch(/name="field.culture" checked/);
		expect(html).not.toContain('name="publicInterest.0.field"');
	});

	it('refuses a registration number another organisation has, beside the field', async () => {
		const response = await postForm(registry, cookie('staff'), `/app/organisations/${created}?/save`, {
			name: 'X',
			legalForm: 'association',
			registrationNumber: '7654321'
		});
		expect(response.status).toBe(409);
		expect(await text(response)).toContain('Organizacija s to matično številko je že v registru.');
	});

	it('lets the member editor keep their own organisation only', async () => {
		const { own, other } = registry.organisations;
		const dashboard = await text(await getPage(registry, cookie('memberEditor'), '/app'));
		expect(dashboard).toContain('Uredite profil svoje organizacije: Zavod Tri');
		expect((await getPage(registry, cookie('memberEditor'), `/app/organisations/${own}`)).status).toBe(200);
		const saved = await postForm(registry, cookie('memberEditor'), `/app/organisations/${own}?/save`, {
			name: 'Zavod Tri, zavod za trajnostne skupnostne prakse',
			legalForm: 'private_institute',
			registrationNumber: '7654321',
			municipalityCode: '052',
			email: 'info@zavod-tri.si'
		});
		expect(saved.status).toBe(200);
		expect((await getPage(registry, cookie('memberEditor'), `/app/organisations/${other}`)).status).toBe(403);
		expect(
			(await postForm(registry, cookie('memberEditor'), `/app/organisations/${other}?/save`, { name: 'Taken over', legalForm: 'association' })).status
		).toBe(403);
		// refused before the form is checked, so an invalid form says nothing about the organisation either
		expect((await postForm(registry, cookie('memberEditor'), `/app/organisations/${other}?/save`, { name: '', legalForm: '' })).status).toBe(403);
		expect((await postForm(registry, cookie('memberEditor'), `/app/organisations/${other}?/logo`, logo('logo.png'))).status).toBe(403);
		expect((await getPage(registry, cookie('memberEditor'), '/app/organisations/new')).status).toBe(403);
		expect((await getPage(registry, cookie('viewer'), `/app/organisations/${own}`)).status).toBe(403);
		const otherPage = await (await getPage(registry, cookie('staff'), `/app/organisations/${other}`)).text();
		expect(otherPage).not.toContain('Taken over');
	});
});

describe('logo', () => {
	it('uploads a PNG from a multipart form and serves it with type, caching headers and nosniff', async () => {
		const { own } = registry.organisations;
		const uploaded = await postForm(registry, cookie('memberEditor'), `/app/organisations/${own}?/logo`, logo('logo.png'));
		expect(uploaded.status).toBe(200);
		expect(await text(uploaded)).toContain('Logotip je naložen.');
		const served = await getPage(registry, undefined, `/organisations/${own}/logo`);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toBe('image/png');
		expect(served.headers.get('x-content-type-options')).toBe('nosniff');
		expect(served.headers.get('cache-control')).toBe('public, max-age=3600');
		expect(Buffer.from(await served.arrayBuffer()).equals(readFileSync('tests/fixtures/logos/logo.png'))).toBe(true);
		const etag = served.headers.get('etag')!;
		const lastModified = served.headers.get('last-modified')!;
		expect(new Date(lastModified).getTime()).toBeGreaterThan(Date.now() - 60_000);
		expect((await getPage(registry, undefined, `/organisations/${own}/logo`, { 'if-none-match': etag })).status).toBe(304);
		expect((await getPage(registry, undefined, `/organisations/${own}/logo`, { 'if-modified-since': lastModified })).status).toBe(304);
		const editor = await (await getPage(registry, cookie('memberEditor'), `/app/organisations/${own}`)).text();
		expect(editor).toMatch(new RegExp(`<img class="logo-preview[^"]*" src="/organisations/${own}/logo\\?v=\\d+" alt="Logotip: Zavod Tri`));
	});

	it('takes the type from the bytes: a JPEG sent as anything is served as image/jpeg', async () => {
		const { own } = registry.organisations;
		expect((await postForm(registry, cookie('staff'), `/app/organisations/${own}?/logo`, logo('logo.jpg', 'image/png'))).status).toBe(200);
		expect((await getPage(registry, undefined, `/organisations/${own}/logo`)).headers.get('content-type')).toBe('image/jpeg');
	});

	it('refuses SVG, no file and a file over 1 MB with a clear message', async () => {
		const { own } = registry.organisations;
		const svg = await postForm(registry, cookie('staff'), `/app/organisations/${own}?/logo`, logo('logo.svg', 'image/png'));
		expect(svg.status).toBe(400);
		expect(await text(svg)).toContain('Logotip mora biti slika PNG, JPEG ali WebP. Datoteke SVG in drugih vrst niso dovoljene.');
		const none = await postForm(registry, cookie('staff'), `/app/organisations/${own}?/logo`, new FormData());
		expect(await text(none)).toContain('Izberite slikovno datoteko z logotipom.');
		const big = new FormData();
		const bytes = new Uint8Array(1_500_000);
		bytes.set(readFileSync('tests/fixtures/logos/logo.png'));
		big.set('logo', new Blob([bytes], { type: 'image/png' }), 'big.png');
		const tooLarge = await postForm(registry, cookie('staff'), `/app/organisations/${own}?/logo`, big);
		expect(tooLarge.status).toBe(400);
		expect(await text(tooLarge)).toContain('Datoteka je večja od 1 MB.');
		expect((await getPage(registry, undefined, `/organisations/${own}/logo`)).headers.get('content-type')).toBe('image/jpeg');
	});

	it('removes the logo; then the address answers 404', async () => {
		const { own } = registry.organisations;
		const removed = await postForm(registry, cookie('memberEditor'), `/app/organisations/${own}?/removeLogo`, {});
		expect(await text(removed)).toContain('Logotip je odstranjen.');
		expect((await getPage(registry, undefined, `/organisations/${own}/logo`)).status).toBe(404);
		expect((await getPage(registry, undefined, '/organisations/not-an-id/logo')).status).toBe(404);
	});
});

describe('members of a space', () => {
	it('lists the members with filters for the space’s staff, and refuses viewers', async () => {
		const all = await text(await getPage(registry, cookie('staff'), '/app/spaces/grozd/members'));
		expect(all).toContain('Najdenih organizacij: 7');
		expect(all).toContain('Planinsko društvo Jesenice');
		const applicants = await text(await getPage(registry, cookie('staff'), '/app/spaces/grozd/members?status=applicant&region=&legalForm=&q='));
		expect(applicants).toContain('Najdenih organizacij: 1');
		expect(applicants).toContain('Kulturno društvo Kras');
		const found = await text(await getPage(registry, cookie('staff'), '/app/spaces/grozd/members?q=zavod&legalForm=private_institute'));
		expect(found).toContain('Najdenih organizacij: 2');
		expect((await getPage(registry, cookie('viewer'), '/app/spaces/grozd/members')).status).toBe(403);
		expect((await postForm(registry, cookie('memberEditor'), '/app/spaces/grozd/members?/remove', { organisationId: registry.organisations.own })).status).toBe(
			403
		);
	});

	it('finds an organisation by registration number and adds it; an end before the start is refused beside the row', async () => {
		const created = await (await getPage(registry, cookie('staff'), '/app/spaces/grozd/members?find=1234567')).text();
		expect(mainText(created)).toContain('Društvo Stičišče Gorenjska');
		const candidates = created.match(/<ul class="candidate-list[^"]*">[\s\S]*?<\/ul>/)![0];
		const id = candidates.match(/name="organisationId" value="([0-9a-f-]{36})"/)![1]!;
		const refused = await postForm(registry, cookie('staff'), '/app/spaces/grozd/members?/add', {
			organisationId: id,
			status: 'member',
			since: '2024-01-01',
			until: '2023-01-01'
		});
		expect(refused.status).toBe(400);
		expect(await text(refused)).toContain('Datum konca ne sme biti pred datumom začetka.');
		const added = await postForm(registry, cookie('staff'), '/app/spaces/grozd/members?/add', {
			organisationId: id,
			status: 'applicant',
			since: '2024-01-01',
			name: 'Društvo Stičišče Gorenjska'
		});
		expect(added.status).toBe(200);
		expect(await text(added)).toContain('Organizacija Društvo Stičišče Gorenjska je dodana.');
		const again = await text(await getPage(registry, cookie('staff'), '/app/spaces/grozd/members?find=1234567'));
		expect(again).toContain('Je že v tem prostoru.');
	});

	it('changes status and dates, and removes after a confirmation page', async () => {
		const { outside } = registry.organisations;
		const changed = await postForm(registry, cookie('admin'), '/app/spaces/grozd/members?/change', {
			organisationId: outside,
			status: 'member',
			since: '2025-03-01',
			until: '',
			name: 'Kulturno društvo Kras'
		});
		expect(await text(changed)).toContain('Članstvo organizacije Kulturno društvo Kras je shranjeno.');
		const list = await text(await getPage(registry, cookie('admin'), '/app/spaces/grozd/members?q=kras'));
		expect(list).toContain('Član, od 1. marec 2025');
		const confirm = await text(await getPage(registry, cookie('admin'), `/app/spaces/grozd/members?remove=${outside}`));
		expect(confirm).toContain('Odstranim organizacijo Kulturno društvo Kras iz prostora?');
		const removed = await postForm(registry, cookie('admin'), '/app/spaces/grozd/members?/remove', { organisationId: outside, name: 'Kulturno društvo Kras' });
		expect(await text(removed)).toContain('Organizacija Kulturno društvo Kras je odstranjena iz prostora.');
		expect(await text(await getPage(registry, cookie('admin'), '/app/spaces/grozd/members?q=kras'))).toContain('Najdenih organizacij: 0');
	});

	it('the API shows anybody the members only, and lets a token with write scope set a membership', async () => {
		const anonymous = await (await getPage(registry, undefined, '/api/v1/spaces/grozd/members?status=applicant&pageSize=100')).json();
		expect(anonymous.items.every((member: { status: string }) => member.status === 'member')).toBe(true);
		expect(anonymous.total).toBe(6);
		expect(anonymous.items[0]).toMatchObject({ organisation: { name: expect.any(String), legalForm: expect.any(String) }, status: 'member' });
		const staffView = await (await getPage(registry, cookie('staff'), '/api/v1/spaces/grozd/members?status=applicant')).json();
		expect(staffView.items.map((member: { organisation: { name: string } }) => member.organisation.name)).toEqual(['Društvo Stičišče Gorenjska']);
		const put = (token: string, body: unknown, id = registry.organisations.outside) =>
			fetch(`${registry.app.url}/api/v1/spaces/grozd/members/${id}`, {
				method: 'PUT',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
		const { tokens } = registry.fixture;
		expect((await put(tokens.staffRead!.token, { status: 'member' })).status).toBe(403);
		const created = await put(tokens.adminEverything!.token, { status: 'former', since: '2019-01-01', until: '2022-12-31' });
		expect(created.status).toBe(201);
		expect(await created.json()).toMatchObject({ organisationId: registry.organisations.outside, status: 'former', until: '2022-12-31' });
		expect((await put(tokens.adminEverything!.token, { status: 'member' })).status).toBe(200);
		const invalid = await put(tokens.adminEverything!.token, { status: 'former', since: '2022-01-01', until: '2021-01-01' });
		expect(invalid.status).toBe(400);
		expect((await put(tokens.adminEverything!.token, { status: 'member' }, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
	});
});

describe('members by region on the space page', () => {
	it('draws a chart with a count on every bar and the same figures in a table', async () => {
		const html = await (await getPage(registry, undefined, '/spaces/grozd')).text();
		const svg = html.match(/<svg class="bar-chart[ "][\s\S]*?<\/svg>/)![0];
		expect(svg).toContain('role="img"');
		// the members Grozd has after the tests above: its seeded six and the one the API added back
		expect(svg).toMatch(/aria-label="Članice po regijah: Gorenjska 4, Osrednjeslovenska 1, Obalno-kraška 1, Brez regije 1\."/);
		expect([...svg.matchAll(/<rect class="bar[ "]/g)]).toHaveLength(4);
		expect([...svg.matchAll(/<text class="bar-value[ "][^>]*>(\d+)<\/text>/g)].map((match) => match[1])).toEqual(['4', '1', '1', '1']);
		const page = mainText(html);
		expect(page).toContain('Skupaj članic: 7');
		const table = html.match(/<table[^>]*>\s*<caption[^>]*>(?:<span[^>]*>)?Število članic po regijah<[\s\S]*?<\/table>/)![0];
		// below the header row: each region and its count, right-aligned, then the total
		const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((match) => mainText(match[1]!.replace(/<\/th>/g, ' $&')));
		expect(rows).toEqual(['Gorenjska 4', 'Osrednjeslovenska 1', 'Obalno-kraška 1', 'Brez regije 1', 'Skupaj 7']);
		expect([...table.matchAll(/<td[^>]* class="[^"]*\bnumeric\b/g)]).toHaveLength(5);
		const english = mainText(await (await getPage(registry, undefined, '/en/spaces/grozd')).text());
		expect(english).toContain('Members by region');
		expect(english).toContain('No region 1');
	});

	it('is left out for a space without members', async () => {
		const html = await (await getPage(registry, undefined, '/spaces/iskra')).text();
		expect(html).not.toContain('bar-chart');
		expect(mainText(html)).not.toContain('Članice po regijah');
	});
});

describe('fields of work', () => {
	it('are kept by platform admins: add, rename, move, and delete only what nobody uses', async () => {
		expect((await getPage(registry, cookie('admin'), '/app/fields')).status).toBe(403);
		expect((await postForm(registry, cookie('staff'), '/app/fields?/add', { code: 'x', 'name.sl': 'X' })).status).toBe(403);
		const admin = cookie('platformAdmin');
		expect(await text(await getPage(registry, admin, '/app'))).toContain('Področja delovanja');
		const added = await postForm(registry, admin, '/app/fields?/add', { code: 'beekeeping', 'name.sl': 'Čebelarstvo', 'name.en': 'Beekeeping' });
		expect(await text(added)).toContain('Področje Čebelarstvo je dodano.');
		const malformed = await postForm(registry, admin, '/app/fields?/add', { code: 'Čebele', 'name.sl': 'Čebele' });
		expect(malformed.status).toBe(400);
		expect(await text(malformed)).toContain('Koda sme vsebovati le male črke');
		const renamed = await postForm(registry, admin, '/app/fields?/rename', { code: 'beekeeping', 'name.sl': 'Čebelarstvo in opraševalci', 'name.en': '' });
		expect(await text(renamed)).toContain('Področje je preimenovano v Čebelarstvo in opraševalci.');
		await postForm(registry, admin, '/app/fields?/move', { code: 'beekeeping', direction: 'up' });
		const list = await text(await getPage(registry, admin, '/app/fields'));
		expect(list.indexOf('Čebelarstvo in opraševalci')).toBeLessThan(list.indexOf('Zaščita živali'));
		const inUse = await postForm(registry, admin, '/app/fields?/delete', { code: 'youth' });
		expect(inUse.status).toBe(409);
		expect(await text(inUse)).toContain('Področja ni mogoče izbrisati, ker ga organizacije še navajajo (število organizacij: 1).');
		const confirm = await text(await getPage(registry, admin, '/app/fields?delete=beekeeping'));
		expect(confirm).toContain('Izbrišem področje Čebelarstvo in opraševalci?');
		const deleted = await postForm(registry, admin, '/app/fields?/delete', { code: 'beekeeping' });
		expect(await text(deleted)).toContain('Področje Čebelarstvo in opraševalci je izbrisano.');
	});
});

describe('inviting a member editor', () => {
	it('asks for the organisation, and takes it by registration number', async () => {
		const missing = await postForm(registry, cookie('admin'), '/app/spaces/grozd/team?/invite', {
			email: 'eva@skup.si',
			role: 'member_editor',
			locale: 'sl',
			organisationId: '',
			registrationNumber: ''
		});
		expect(missing.status).toBe(400);
		expect(await text(missing)).toContain('Za urednika članice izberite organizacijo ali vpišite njeno matično številko.');
		const unknown = await postForm(registry, cookie('admin'), '/app/spaces/grozd/team?/invite', {
			email: 'eva@skup.si',
			role: 'member_editor',
			locale: 'sl',
			registrationNumber: '9999999'
		});
		expect(await text(unknown)).toContain('V registru ni organizacije s to matično številko.');
		const invited = await postForm(registry, cookie('admin'), '/app/spaces/grozd/team?/invite', {
			email: 'eva@skup.si',
			role: 'member_editor',
			locale: 'sl',
			registrationNumber: '2345678'
		});
		expect(invited.status).toBe(200);
		const team = await (await getPage(registry, cookie('admin'), '/app/spaces/grozd/team')).text();
		expect(team).toContain('eva@skup.si');
		expect(team).toMatch(/<option value="[0-9a-f-]{36}">SKUP – Skupnost privatnih zavodov<\/option>/);
	});
});
