import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCommentSubject } from '../../src/lib/server/comments/comment-subjects.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

let smtp: TestSmtpServer;
let people: PeopleApp;
const subjectPath = '/comments/test_post/letni-zbor';

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	people = await startPeopleApp();
	// no module on this branch declares a kind of subject yet: the test adds one with fixed facts, in
	// the process that runs the build (a post's page will be the subject's page; here the space's is)
	addCommentSubject({
		kind: 'test_post',
		find: async (_db, id) =>
			id === 'letni-zbor'
				? {
						spaceId: people.fixture.spaceId,
						title: 'Letni zbor 2021',
						url: '/spaces/grozd',
						authorEmail: 'urednica@example.si',
						authorLocale: 'sl',
						open: true
					}
				: null
	});
}, 120_000);
afterAll(async () => {
	delete process.env.SMTP_URL;
	await people?.app.close();
	await smtp?.close();
});

const url = (path: string) => `${people.app.url}${path}`;
const postForm = (path: string, fields: Record<string, string>, cookie?: string) =>
	fetch(url(path), {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: people.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
		body: new URLSearchParams(fields)
	});
const api = (path: string, init: RequestInit & { token?: string } = {}) =>
	fetch(url(path), {
		...init,
		headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers }
	});
/** The signed time of the form on the page (its hidden field). */
const startedOf = (html: string) => /name="started" value="([^"]+)"/.exec(html)![1]!;
const staffCookie = () => people.cookies.staff!;
let started = '';

describe('commenting without JavaScript, and moderating', () => {
	it('shows the form with a signed time and no comments yet', async () => {
		const page = await fetch(url(subjectPath));
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Letni zbor 2021');
		expect(html).toContain('Komentarjev še ni');
		expect(html).toContain('name="body"');
		expect(html).toContain('Vaš e-poštni naslov vidi le ekipa prostora');
		started = startedOf(html);
		expect((await fetch(url('/comments/test_post/ni-ga'))).status).toBe(404);
	});

	it('keeps what was typed when a field is wrong, with the problem beside it', async () => {
		const answer = await postForm(subjectPath, {
			name: '',
			email: 'ni-naslov',
			body: 'Moje dolgo besedilo o zboru, ki se ne sme izgubiti.',
			started,
			website: ''
		});
		expect(answer.status).toBe(400);
		const html = await answer.text();
		expect(html).toContain('Moje dolgo besedilo o zboru, ki se ne sme izgubiti.');
		expect(html).toContain('value="ni-naslov"');
		expect(html).toContain('Vpišite ime, ki naj bo objavljeno ob komentarju.');
		expect(html).toContain('Vpišite e-poštni naslov v obliki ime@primer.si.');
		expect(html).toContain(`value="${started}"`);
	});

	it('holds a comment, mails the author, and shows it once staff approve it', async () => {
		// people take more than a few seconds to write; the signed time says so
		await new Promise((resolve) => setTimeout(resolve, 3200));
		const sent = await postForm(subjectPath, {
			name: 'Mojca Kovač',
			email: 'mojca@example.si',
			body: 'Hvala za zapisnik.\n\nVeč na https://nvo.si/zbor.',
			started,
			website: ''
		});
		expect(sent.status).toBe(303);
		expect(sent.headers.get('location')).toBe('/spaces/grozd?comment=held#comments');
		const publicList = await (await api('/api/v1/comments?subject=test_post:letni-zbor')).json();
		expect(publicList).toEqual({ items: [] });

		const mail = await smtp.waitForMessage((message) => recipientOf(message) === 'urednica@example.si', 20_000);
		expect(mail.subject).toBe('Nov komentar: Letni zbor 2021');
		expect(mail.text).toContain('/app/spaces/grozd/comments');

		const queue = await fetch(url('/app/spaces/grozd/comments'), { headers: { cookie: staffCookie() } });
		expect(queue.status).toBe(200);
		const queueHtml = await queue.text();
		expect(queueHtml).toContain('mojca@example.si');
		expect(queueHtml).toContain('Letni zbor 2021');
		const id = /name="ids" value="([0-9a-f-]{36})"/.exec(queueHtml)![1]!;
		const approved = await postForm('/app/spaces/grozd/comments?/moderate', { act: `published:${id}` }, staffCookie());
		expect(approved.status).toBe(200);
		expect(await approved.text()).toContain('1 komentar je zdaj: objavljen.');

		const page = await (await fetch(url(subjectPath))).text();
		expect(page).toContain('Mojca Kovač');
		expect(page).toContain('<a href="https://nvo.si/zbor" rel="nofollow ugc noopener">https://nvo.si/zbor</a>');
		expect(page).not.toContain('mojca@example.si');
		const listed = await (await api('/api/v1/comments?subject=test_post:letni-zbor')).json();
		expect(listed.items).toEqual([expect.objectContaining({ id, authorName: 'Mojca Kovač', organisation: null })]);
		expect(JSON.stringify(listed)).not.toContain('mojca@example.si');
	});

	it('puts a filled honeypot in the spam folder, which staff see through the API and restore', async () => {
		const sent = await postForm(subjectPath, { name: 'Robot', email: 'robot@example.com', body: 'Kupite zdaj.', started, website: 'https://spam.example' });
		// a robot learns nothing: it is answered like anyone held
		expect(sent.headers.get('location')).toBe('/spaces/grozd?comment=held#comments');
		const spam = await api('/api/v1/spaces/grozd/comments?status=spam', { token: people.fixture.tokens.staffRead!.token });
		expect(spam.status).toBe(200);
		const { items } = await spam.json();
		expect(items).toEqual([expect.objectContaining({ authorEmail: 'robot@example.com', status: 'spam', spamReasons: ['honeypot'] })]);
		expect((await api('/api/v1/spaces/grozd/comments?status=spam')).status).toBe(401);
		expect((await api(`/api/v1/comments/${items[0].id}`, { method: 'PATCH', body: JSON.stringify({ status: 'held' }) })).status).toBe(401);
		const restored = await api(`/api/v1/comments/${items[0].id}`, {
			method: 'PATCH',
			token: people.fixture.tokens.adminEverything!.token,
			body: JSON.stringify({ status: 'held' })
		});
		expect(restored.status).toBe(200);
		expect(await restored.json()).toMatchObject({ status: 'held', authorEmail: 'robot@example.com' });
	});

	it('takes comments through the API by the same rules, and answers too many with 429 while the form keeps the text', async () => {
		const created = await api('/api/v1/comments', {
			method: 'POST',
			body: JSON.stringify({ subject: 'test_post:letni-zbor', name: 'Klient', email: 'klient@example.org', body: 'Iz aplikacije.' })
		});
		expect(created.status).toBe(201);
		expect(await created.json()).toMatchObject({ status: 'held' });
		let answer: Response | undefined;
		for (let i = 0; i < 25; i++) {
			answer = await postForm(subjectPath, { name: 'Vztrajna', email: `vztrajna${i}@example.si`, body: `Še en komentar št. ${i}.`, started, website: '' });
			if (answer.status === 429) break;
			expect(answer.status).toBe(303);
		}
		expect(answer!.status).toBe(429);
		expect(answer!.headers.get('retry-after')).toMatch(/^\d+$/);
		const html = await answer!.text();
		expect(html).toContain('Poskusite znova čez');
		expect(html).toMatch(/Še en komentar št\. \d+\./);
	});
});
