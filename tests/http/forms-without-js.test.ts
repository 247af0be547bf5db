import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText } from '../support/page-text.ts';
import { getPage, postForm, startRegistryApp, type RegistryApp } from '../support/registry-app.ts';

// The back office's forms as a browser without JavaScript uses them: the profile part by part,
// rows added by a button, dates and amounts as people write them, one message per mistake naming
// its field, and an organisation found by a search that lists the matches to choose from.

let registry: RegistryApp;
beforeAll(async () => {
	registry = await startRegistryApp();
});
afterAll(() => registry?.app.close());

const staff = () => registry.cookies.staff!;
const profile = (section: string) => `/app/spaces/grozd/profile?section=${section}`;
const grozd = async () => (await getPage(registry, undefined, '/api/v1/spaces/grozd')).json();

/** The form fields of a page as a browser would send them: inputs (not buttons or unticked boxes), selected options and text areas. */
function formFieldsOf(html: string): Record<string, string> {
	const fields: Record<string, string> = {};
	const decode = (text: string) =>
		text
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	for (const [, attributes = ''] of html.matchAll(/<input([^>]*)>/g)) {
		const name = attributes.match(/name="([^"]+)"/)?.[1];
		if (name && !/type="(checkbox|radio|submit)"/.test(attributes)) fields[name] = decode(attributes.match(/value="([^"]*)"/)?.[1] ?? '');
	}
	for (const [, name = '', text = ''] of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[name] = decode(text);
	for (const [, name = '', options = ''] of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
		fields[name] = decode(options.match(/<option value="([^"]*)" selected/)?.[1] ?? options.match(/<option value="([^"]*)"/)?.[1] ?? '');
	}
	return fields;
}

const sectionFields = async (section: string) => formFieldsOf(await (await getPage(registry, staff(), profile(section))).text());

describe('the space profile, part by part', () => {
	it('shows one part with the list of all parts, the current one marked', async () => {
		const html = await (await getPage(registry, staff(), profile('hosts'))).text();
		expect(html).toMatch(/<a href="\?section=hosts#profile-part"[^>]*aria-current="page"/);
		expect(html).toContain('name="hostOrganisations.0.name.sl"');
		expect(html).not.toContain('name="mission.sl"');
		expect(mainText(html)).toContain('Del 4 od 6');
	});

	it('saves the fields of its own part only: what is sent for another part changes nothing', async () => {
		const before = await grozd();
		const fields = await sectionFields('goals');
		const saved = await postForm(registry, staff(), profile('goals'), { ...fields, 'mission.sl': 'Poslanstvo, shranjeno po delih.', 'name.sl': 'Tuje ime' });
		expect(saved.status).toBe(200);
		expect(mainText(await saved.text())).toContain('Shranjeno: Poslanstvo in cilji.');
		const after = await grozd();
		expect(after.mission.sl).toBe('Poslanstvo, shranjeno po delih.');
		expect(after.name).toEqual(before.name);
		expect(after.hostOrganisations).toEqual(before.hostOrganisations);
		expect(after.vision).toEqual(before.vision);
	});

	it('adds a row with its button and comes back with everything typed, saving nothing', async () => {
		const before = await grozd();
		const fields = await sectionFields('hosts');
		const rows = before.hostOrganisations.length;
		const response = await postForm(registry, staff(), profile('hosts'), {
			...fields,
			'hostOrganisations.0.website': 'https://vpisano.si',
			add_row: 'hostOrganisations'
		});
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain(`name="hostOrganisations.${rows}.name.sl"`);
		expect(html).not.toContain(`name="hostOrganisations.${rows + 1}.name.sl"`);
		expect(html).toContain('value="https://vpisano.si"');
		expect((await grozd()).hostOrganisations).toEqual(before.hostOrganisations);
	});
	it('says which address is wrong: an e-mail address and a web address each get their own message', async () => {
		const fields = await sectionFields('contact');
		const response = await postForm(registry, staff(), profile('contact'), { ...fields, 'contact.email': 'info@', website: 'www.grozd.si' });
		expect(response.status).toBe(400);
		const text = mainText(await response.text());
		expect(text).toContain('Kontakt - E-pošta: Vpišite naslov v obliki ime@domena.si.');
		expect(text).toContain('Spletna stran: Vpišite spletni naslov v obliki https://www.domena.si.');
	});
});

describe('the organisation picker without JavaScript', () => {
	it('lists the organisations that match what was typed as choices, creating nothing', async () => {
		const response = await postForm(registry, staff(), '/app/people/new', { name: 'Iva Iskalka', organisation: 'zavod tri', organisation_search: '1' });
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toMatch(new RegExp(`type="radio" name="organisationId" value="${registry.organisations.own}"`));
		expect(mainText(html)).toContain('Zavod Tri, zavod za trajnostne skupnostne prakse, matična št. 7654321');
		expect(html).toContain('value="Iva Iskalka"');
		const people = await getPage(registry, staff(), '/app/people?q=iskalka');
		expect(mainText(await people.text())).not.toContain('Iva Iskalka');
	});

	it('offers the matches when a name matches no organisation exactly, and takes the one chosen', async () => {
		const refused = await postForm(registry, staff(), '/app/people/new', { name: 'Iva Iskalka', organisation: 'skupnost' });
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toMatch(new RegExp(`name="organisationId" value="${registry.organisations.other}"`));
		const created = await postForm(registry, staff(), '/app/people/new', {
			name: 'Iva Iskalka',
			organisation: 'skupnost',
			organisationId: registry.organisations.other,
			since: '30. 9. 2023'
		});
		expect(created.status).toBe(303);
		const person = await getPage(registry, staff(), created.headers.get('location')!);
		expect(mainText(await person.text())).toMatch(/SKUP - Skupnost privatnih zavodov\s*30\. september 2023/);
	});
});
