import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { apiCaller } from '../support/api-call.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people.app.close());

const call = apiCaller(() => people);
const get = async (path: string, headers: Record<string, string> = {}) => {
	const response = await fetch(`${people.app.url}${path}`, { headers, redirect: 'manual' });
	return { status: response.status, headers: response.headers, body: await response.text() };
};

type Element = { name: string; attributes: Record<string, string>; children: Element[]; text: string };

/** A well-formed XML document as a tree (saxes refuses anything that is not), for reading an Atom feed independently of the `feed` package. */
function parseXml(xml: string): Element {
	const parser = new SaxesParser({ xmlns: true });
	const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	parser.on('opentag', (tag) => {
		const element: Element = {
			name: `{${tag.uri}}${tag.local}`,
			attributes: Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.local, attribute.value])),
			children: [],
			text: ''
		};
		stack.at(-1)!.children.push(element);
		stack.push(element);
	});
	parser.on('text', (text) => (stack.at(-1)!.text += text));
	parser.on('cdata', (text) => (stack.at(-1)!.text += text));
	parser.on('closetag', () => stack.pop());
	parser.write(xml).close();
	return root.children[0]!;
}
const atom = (local: string) => `{http://www.w3.org/2005/Atom}${local}`;
const childrenNamed = (element: Element, local: string) => element.children.filter((child) => child.name === atom(local));
const childText = (element: Element, local: string) => childrenNamed(element, local)[0]?.text ?? '';

describe('post pages', () => {
	it("shows the seed's annual meeting with its date as people read it, kind, body, tags, and the spot for comments", async () => {
		const { status, body } = await get('/spaces/nvo-vid/posts/dosezki-mreze-nvo-vid-v-letu-2021');
		expect(status).toBe(200);
		expect(body).toContain('<h1>Dosežki mreže NVO-VID v letu 2021</h1>');
		expect(body).toContain('Objavljeno 21. december 2021');
		expect(body).toContain('Poročilo');
		expect(body).toContain('47 projektov nevladnih organizacij v višini 4,5 milijona evrov');
		expect(body).toContain('href="/spaces/nvo-vid/posts?tag=letno%20sre%C4%8Danje"');
		expect(body).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]+href="\/spaces\/nvo-vid\/feed.xml"/);
	});

	it('has its own address in English; the Slovenian address under /en leads there, and an unknown one is not found', async () => {
		const moved = await get('/en/spaces/nvo-vid/posts/dosezki-mreze-nvo-vid-v-letu-2021');
		expect(moved.status).toBe(301);
		expect(moved.headers.get('location')).toBe('/en/spaces/nvo-vid/posts/achievements-of-the-nvo-vid-network-in-2021');
		const english = await get('/en/spaces/nvo-vid/posts/achievements-of-the-nvo-vid-network-in-2021');
		expect(english.status).toBe(200);
		expect(english.body).toContain('Published 21 December 2021');
		expect(english.body).toContain('47 NGO projects worth 4.5 million euros');
		// a post without English words is shown in Slovenian, marked as such
		const slovenianOnly = await get('/en/spaces/nvo-vid/posts/dosezeni-rezultati-projekta-pro-nvo-vid');
		expect(slovenianOnly.body).toContain('<h1 lang="sl">Doseženi rezultati projekta PRO-NVO-VID</h1>');
		expect(slovenianOnly.body).toContain('href="/en/spaces/nvo-vid/projects/pro-nvo-vid"');
		expect((await get('/spaces/nvo-vid/posts/ni-take-objave')).status).toBe(404);
	});

	it('lists the latest posts on the space page, all of them on its posts page, and every space on /news', async () => {
		const space = await get('/spaces/nvo-vid');
		expect(space.body).toContain('Zadnje objave');
		expect(space.body).toContain('href="/spaces/nvo-vid/posts/dosezki-mreze-nvo-vid-v-letu-2021"');
		expect(space.body).toContain('href="/spaces/nvo-vid/posts"');
		const list = await get('/spaces/nvo-vid/posts?tag=letno%20sre%C4%8Danje');
		expect(list.body).toContain('Dosežki mreže NVO-VID v letu 2021');
		expect(list.body).not.toContain('Doseženi rezultati projekta PRO-NVO-VID');
		const news = await get('/news');
		for (const title of ['Dosežki mreže NVO-VID v letu 2021', 'Poslanstvo regijskega stičišča Grozd NVO', 'Kultura za ustvarjalen razvoj'])
			expect(news.body).toContain(title);
		expect(news.body).toContain('href="/news" aria-current="page"');
		expect(news.body).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]+href="http:\/\/[^"]+\/feed.xml"/);
	});
});

describe('Atom feeds', () => {
	it('are well-formed Atom with every visible post, absolute links and sanitised HTML, and answer 304 to their ETag', async () => {
		const response = await get('/feed.xml');
		expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
		const feed = parseXml(response.body);
		expect(feed.name).toBe(atom('feed'));
		expect(childText(feed, 'title')).toBe('Stičišče: novice');
		const entries = childrenNamed(feed, 'entry');
		const titles = entries.map((entry) => childText(entry, 'title'));
		expect(titles).toEqual(expect.arrayContaining(['Dosežki mreže NVO-VID v letu 2021', 'ISKRA – Stičišče NVO Istre in Krasa začenja delo']));
		const meeting = entries.find((entry) => childText(entry, 'title') === 'Dosežki mreže NVO-VID v letu 2021')!;
		expect(childrenNamed(meeting, 'link')[0]!.attributes.href).toBe(`${people.app.url}/spaces/nvo-vid/posts/dosezki-mreze-nvo-vid-v-letu-2021`);
		expect(childrenNamed(meeting, 'content')[0]!.attributes.type).toBe('html');
		expect(childText(meeting, 'content')).toContain('<p>Na letnem srečanju');
		expect(childText(meeting, 'published')).toBe('2021-12-21T11:00:00.000Z');
		const etag = response.headers.get('etag')!;
		expect((await get('/feed.xml', { 'if-none-match': etag })).status).toBe(304);
	});

	it("are in English at /en, and a space's feed holds its own posts only", async () => {
		const english = parseXml((await get('/en/feed.xml')).body);
		expect(childText(english, 'title')).toBe('Stičišče: news');
		expect(childrenNamed(english, 'entry').map((entry) => childText(entry, 'title'))).toContain('Achievements of the NVO-VID network in 2021');
		const grozd = parseXml((await get('/spaces/grozd/feed.xml')).body);
		expect(childrenNamed(grozd, 'entry').map((entry) => childText(entry, 'title'))).toEqual(['Poslanstvo regijskega stičišča Grozd NVO']);
	});
});

describe('the posts API', () => {
	it('lets staff write a draft, publish and unpublish it, with a script never reaching the page', async () => {
		const input = {
			kind: 'news',
			publishAt: '2026-01-15T09:00:00+01:00',
			tags: ['Delavnica'],
			translations: { sl: { title: 'Nova delavnica za društva', body: 'Vabljeni! <script>alert(1)</script>' } }
		};
		expect((await call('/spaces/grozd/posts', { method: 'POST', body: input })).status).toBe(401);
		expect((await call('/spaces/grozd/posts', { method: 'POST', token: 'staffRead', body: input })).status).toBe(403);
		const created = await call('/spaces/grozd/posts', { method: 'POST', token: 'adminEverything', body: input });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ status: 'draft', visible: false, tags: ['delavnica'], translations: { sl: { slug: 'nova-delavnica-za-drustva' } } });
		const id = created.body.id as string;
		expect((await call(`/posts/${id}`)).status).toBe(404);
		expect((await call('/spaces/grozd/posts?status=draft', { token: 'adminEverything' })).body.items.map((post: { id: string }) => post.id)).toContain(id);

		const published = await call(`/posts/${id}`, { method: 'PATCH', token: 'adminEverything', body: { status: 'published' } });
		expect(published.body).toMatchObject({ status: 'published', visible: true });
		const page = await get('/spaces/grozd/posts/nova-delavnica-za-drustva');
		expect(page.status).toBe(200);
		expect(page.body).toContain('Vabljeni! &lt;script&gt;');
		expect(page.body).not.toContain('<script>alert(1)</script>');
		expect((await call(`/posts/${id}`)).body.translations.sl.title).toBe('Nova delavnica za društva');

		const removed = await call(`/posts/${id}`, { method: 'DELETE', token: 'adminEverything', body: {} });
		expect(removed.body).toMatchObject({ deleted: false, post: { status: 'unpublished' } });
		expect((await get('/spaces/grozd/posts/nova-delavnica-za-drustva')).status).toBe(404);
		const problem = await call('/spaces/grozd/posts', { method: 'POST', token: 'adminEverything', body: { kind: 'news' } });
		expect(problem.status).toBe(400);
	});

	it('is described in the OpenAPI document, and the posts are in the sitemap', async () => {
		const { body } = await call('/openapi.json');
		expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/spaces/{slug}/posts', '/posts/{id}']));
		expect(body.paths['/posts/{id}'].delete).toBeDefined();
		const index = await get('/sitemap.xml');
		expect(index.body).toContain('/sitemap.xml?part=posts');
		const part = await get('/sitemap.xml?part=posts');
		expect(part.body).toContain(`${people.app.url}/en/spaces/nvo-vid/posts/achievements-of-the-nvo-vid-network-in-2021`);
	});
});
