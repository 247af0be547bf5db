import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

let smtp: TestSmtpServer;
let people: PeopleApp;

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	process.env.MAIL_FROM = 'Grozd <novice@grozd.example>';
	people = await startPeopleApp();
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	delete process.env.MAIL_FROM;
	await people?.app.close();
	await smtp?.close();
});

const url = (path: string) => `${people.app.url}${path}`;
const bearer = (key: string) => ({ authorization: `Bearer ${people.fixture.tokens[key]!.token}` });
const postForm = (path: string, fields: Record<string, string>) =>
	fetch(url(path), {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: people.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('newsletters over HTTP', () => {
	let publicListId: string;
	let membersListId: string;

	it('lists the demo lists of a space to its staff by API, and refuses a token without the scope', async () => {
		const response = await fetch(url('/api/v1/spaces/grozd/newsletter-lists'), { headers: bearer('adminEverything') });
		expect(response.status).toBe(200);
		const { items } = (await response.json()) as { items: { id: string; audience: string; recipients: number }[] };
		publicListId = items.find((list) => list.audience === 'public')!.id;
		membersListId = items.find((list) => list.audience === 'members')!.id;
		expect(publicListId).toBeTruthy();
		const refused = await fetch(url('/api/v1/spaces/grozd/newsletter-lists'), { headers: bearer('staffSpacesWrite') });
		expect(refused.status).toBe(403);
		expect(refused.headers.get('content-type')).toContain('application/problem+json');
	});

	it('signs a visitor up without JavaScript, mails only the confirmation, then newsletters with one-click unsubscribe that works without our origin', async () => {
		// the space page leads to the sign-up form
		expect(await (await fetch(url('/spaces/grozd'))).text()).toContain('href="/spaces/grozd/newsletter"');
		const page = await fetch(url('/spaces/grozd/newsletter'));
		expect(page.status).toBe(200);
		const signUp = await postForm('/spaces/grozd/newsletter', { list: publicListId, email: 'obiskovalka@example.si', website: '' });
		expect(signUp.status).toBe(200);
		expect(text(await signUp.text())).toContain('obiskovalka@example.si');
		const confirmation = await smtp.waitForMessage((mail) => recipientOf(mail) === 'obiskovalka@example.si', 20_000);
		const link = confirmation.text!.match(/https?:\/\/\S+\/newsletters\/confirm\/[\w-]+/)![0];
		const confirmPath = new URL(link).pathname;
		// the link's page only asks; its button confirms
		expect((await fetch(url(confirmPath))).status).toBe(200);
		let subscribers = await (await fetch(url(`/api/v1/newsletter-lists/${publicListId}/subscribers`), { headers: bearer('adminEverything') })).json();
		expect(subscribers.items).toHaveLength(0);
		expect(subscribers.pending).toBe(1);
		const confirmed = await postForm(confirmPath, {});
		expect(confirmed.status).toBe(200);
		subscribers = await (await fetch(url(`/api/v1/newsletter-lists/${publicListId}/subscribers`), { headers: bearer('adminEverything') })).json();
		expect(subscribers.items.map((item: { email: string }) => item.email)).toEqual(['obiskovalka@example.si']);

		// a campaign by API: test send to the token's owner, then the real send
		const created = await fetch(url('/api/v1/spaces/grozd/campaigns'), {
			method: 'POST',
			headers: { ...bearer('adminEverything'), 'content-type': 'application/json' },
			body: JSON.stringify({ listId: publicListId, subjectSl: 'Decembrske novice', bodySl: 'Vabimo vas na **letno srečanje**.' })
		});
		expect(created.status).toBe(201);
		const campaign = (await created.json()) as { id: string };
		const tested = await fetch(url(`/api/v1/campaigns/${campaign.id}/test`), {
			method: 'POST',
			headers: { ...bearer('adminEverything'), 'content-type': 'application/json' },
			body: '{}'
		});
		expect(tested.status).toBe(202);
		await smtp.waitForMessage((mail) => recipientOf(mail) === 'admin@example.si' && /\[TEST\]/.test(mail.subject ?? ''), 20_000);
		const sent = await fetch(url(`/api/v1/campaigns/${campaign.id}/send`), {
			method: 'POST',
			headers: { ...bearer('adminEverything'), 'content-type': 'application/json' },
			body: JSON.stringify({ ratePerMinute: 6000 })
		});
		expect(sent.status).toBe(202);
		const mail = await smtp.waitForMessage((message) => recipientOf(message) === 'obiskovalka@example.si' && message.subject === 'Decembrske novice', 20_000);
		expect(mail.html).toContain('<strong>letno srečanje</strong>');
		// the raw header lines (mailparser folds List-* headers into one structured `list` value)
		const raw = (name: string) => (mail.headerLines.find((line) => line.key === name)?.line ?? '').replace(/\r?\n[ \t]+/g, ' ');
		const header = raw('list-unsubscribe');
		expect(header).toMatch(/<mailto:novice@grozd\.example\?subject=unsubscribe>/);
		expect(raw('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
		const oneClick = header.match(/<(https?:\/\/[^>]+\/one-click)>/)![1]!;

		// RFC 8058: the provider's POST, without Origin and without a token of ours
		const unsubscribed = await fetch(url(new URL(oneClick).pathname), {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(unsubscribed.status).toBe(200);
		subscribers = await (await fetch(url(`/api/v1/newsletter-lists/${publicListId}/subscribers`), { headers: bearer('adminEverything') })).json();
		expect(subscribers.items).toHaveLength(0);
		expect(subscribers.unsubscribed).toBe(1);
		// the page of the link in the mail now says so, and a cross-site form elsewhere is still refused
		const pagePath = new URL(oneClick).pathname.replace(/\/one-click$/, '');
		expect(text(await (await fetch(url(pagePath))).text())).toContain('obiskovalka@example.si');
		const crossSite = await fetch(url(pagePath), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
		expect(crossSite.status).toBe(403);
	});

	it('takes no sign-up to a members list, nor one with the honeypot filled', async () => {
		const members = await fetch(url(`/api/v1/newsletter-lists/${membersListId}/subscriptions`), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'x@example.si' })
		});
		expect(members.status).toBe(404);
		const robot = await fetch(url(`/api/v1/newsletter-lists/${publicListId}/subscriptions`), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'robot@example.si', website: 'http://spam' })
		});
		expect(robot.status).toBe(400);
		expect(((await robot.json()) as { code: string }).code).toBe('newsletter_signup_refused');
	});
});
