import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage } from '../support/registry-app.ts';

// The staff preview of GROZD's digest: the demo's networking meeting of Gorenjska NGOs (loaded with
// the demo, 18 days ahead) is new in the week before today, on the page and as JSON.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const page = (query: Record<string, string> = {}) => `/app/spaces/grozd/digest?${new URLSearchParams(query)}`;
const api = (query: Record<string, string> = {}, token?: string) =>
	fetch(`${people.app.url}/api/v1/spaces/grozd/digest-preview?${new URLSearchParams(query)}`, {
		headers: token ? { authorization: `Bearer ${token}` } : {}
	});

describe("a space's digest preview", () => {
	it('shows staff what an anonymous subscriber would receive this week: the demo event with its place and free places', async () => {
		const response = await getPage(people, people.cookies.staff!, page());
		expect(response.status).toBe(200);
		const html = await response.text();
		const text = mainText(html);
		expect(text).toContain('Anonimni javni naročnik');
		expect(text).toContain('Prihajajoči dogodki');
		expect(text).toContain('Mreženjsko srečanje nevladnih organizacij Gorenjske');
		expect(text).toContain('Glavni trg 4, Kranj · še 60 prostih mest');
		expect(html).toMatch(/<a href="http[^"]+\/spaces\/grozd\/activities\/mrezenje-nvo-gorenjske">/);
		// the form comes back with the period it showed, as people write dates
		expect(html).toMatch(/name="since"[^>]*value="\d{1,2}\. \d{1,2}\. \d{4}"|value="\d{1,2}\. \d{1,2}\. \d{4}"[^>]*name="since"/);
	});

	it('shows an address not in the registry as a public subscriber, in the language chosen, and a period with nothing new as not sent', async () => {
		const english = mainText(await (await getPage(people, people.cookies.admin!, page({ email: 'nekdo@example.si', locale: 'en' }))).text());
		// the page speaks the staff's language, the digest the recipient's
		expect(english).toContain('Tega naslova ni v registru');
		expect(english).toContain('Networking meeting of Gorenjska NGOs');
		expect(english).toContain('Glavni trg 4, Kranj · 60 places left');
		const old = mainText(await (await getPage(people, people.cookies.staff!, page({ since: '1. 1. 2020', until: '8. 1. 2020' }))).text());
		expect(old).toContain('pregled ne bi imel vsebine');
	});

	it('names a wrong date and address beside their fields', async () => {
		const html = await (await getPage(people, people.cookies.staff!, page({ since: '31. 2. 2031', email: 'ni-naslov' }))).text();
		expect(html).toMatch(/id="field-since-error"[^>]*>Vpišite datum/);
		expect(html).toMatch(/id="field-email-error"[^>]*>Vpišite veljaven e-naslov/);
		expect(html).toContain('value="ni-naslov"');
	});

	it('answers the same digest as JSON to a staff token', async () => {
		const response = await api({ locale: 'en' }, people.fixture.tokens.staffRead!.token);
		expect(response.status).toBe(200);
		const body = (await response.json()) as {
			sections: { id: string; heading: string; items: { title: string; url: string; when: string; detail: string }[] }[];
		};
		expect(body.sections[0]).toMatchObject({ id: 'activities', heading: 'Upcoming events' });
		expect(body.sections[0]!.items).toContainEqual(
			expect.objectContaining({ title: 'Networking meeting of Gorenjska NGOs', detail: 'Glavni trg 4, Kranj · 60 places left' })
		);
		const empty = await api({ since: '2020-01-01', until: '2020-01-08' }, people.fixture.tokens.staffRead!.token);
		expect(await empty.json()).toEqual({ sections: [] });
		const invalid = await api({ until: 'jutri' }, people.fixture.tokens.staffRead!.token);
		expect(invalid.status).toBe(400);
		expect(invalid.headers.get('content-type')).toContain('application/problem+json');
	});

	it('is only for the space’s admins and staff: an outsider and a viewer are refused, an anonymous caller must sign in', async () => {
		expect((await getPage(people, people.cookies.outsider!, page())).status).toBe(403);
		expect((await getPage(people, people.cookies.viewer!, page())).status).toBe(403);
		expect((await getPage(people, undefined, page())).status).toBeGreaterThanOrEqual(300);
		expect((await api()).status).toBe(401);
		expect((await api({}, people.fixture.tokens.viewerWrite!.token)).status).toBe(403);
		const spacePage = await (await getPage(people, people.cookies.staff!, '/app/spaces/grozd')).text();
		expect(spacePage).toContain('href="/app/spaces/grozd/digest"');
	});
});
