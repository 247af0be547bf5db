import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { runNode } from '../support/processes.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

let smtp: TestSmtpServer;
let people: PeopleApp;
let cliRun: { code: number | null; stdout: string; stderr: string };

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	people = await startPeopleApp({
		// a write through the real command line, before the server holds the database
		afterSeeding: async () => {
			cliRun = await runNode(['src/cli/main.ts', 'members:add', '--space', 'grozd', '--email', 'outsider@example.si', '--role', 'viewer']);
		}
	});
});
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
		headers: {
			origin: people.app.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
const recipient = (mail: ParsedMail) =>
	[mail.to ?? []]
		.flat()
		.map((address) => address.text)
		.join(', ');
/** The path of the first link to this platform in a mail. */
const linkPath = (mail: ParsedMail) => new URL(mail.text!.match(/https?:\/\/\S+/)![0]).pathname;

describe('password reset by e-mail', () => {
	it('mails a link through SMTP; the link sets a new password once, and the old one stops working', async () => {
		const answer = await postForm('/app/forgot-password', { email: 'staff@example.si' });
		expect(answer.status).toBe(200);
		expect(await answer.text()).toContain('Če ima ta naslov račun');
		const mail = await smtp.waitForMessage((message) => recipient(message) === 'staff@example.si', 15_000);
		expect(mail.subject).toBe('Novo geslo za Stičišče');

		const resetPath = linkPath(mail);
		expect(resetPath).toMatch(/^\/app\/reset-password\/[\w-]+$/);
		const reset = await postForm(resetPath, { newPassword: 'a brand new password' });
		expect(reset.status).toBe(303);
		expect(reset.headers.get('location')).toContain('/app/sign-in?reset');

		await expect(signIn(people.app, 'staff@example.si')).rejects.toThrow(/answered 401/);
		expect(await signIn(people.app, 'staff@example.si', 'a brand new password')).toContain('sticisce.session_token=');
		const again = await postForm(resetPath, { newPassword: 'yet another password' });
		expect(again.status).toBe(400);
	});

	it('answers an unknown address the same way and sends nothing', async () => {
		const before = smtp.messages.length;
		const answer = await postForm('/app/forgot-password', { email: 'nobody@example.si' });
		expect(await answer.text()).toContain('Če ima ta naslov račun');
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(smtp.messages).toHaveLength(before);
	});
});

describe('inviting a colleague', () => {
	it('mails an invitation; following it creates the account, signs in and joins the space', async () => {
		const invite = await postForm(
			'/app/spaces/grozd/team?/invite',
			{ intent: 'invite', email: 'nova@example.si', role: 'staff', locale: 'en' },
			people.cookies.admin
		);
		expect(invite.status).toBe(200);
		const mail = await smtp.waitForMessage((message) => recipient(message) === 'nova@example.si', 15_000);
		expect(mail.text).toContain('Grozd');

		const invitationPath = linkPath(mail);
		expect(invitationPath).toMatch(/^\/en\/app\/invitations\/[\w-]+$/);
		const page = await (await fetch(url(invitationPath))).text();
		expect(page).toContain('nova@example.si');
		const accept = await postForm(`${invitationPath}?/create`, { name: 'Nova Sodelavka', password: 'a password for nova' });
		expect(accept.status).toBe(303);
		const cookie = accept.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const home = await (await fetch(url('/app'), { headers: { cookie } })).text();
		expect(home).toContain('Nova Sodelavka');
		expect(home).toContain('/app/spaces/grozd/profile');
	});
});

describe('the audit log', () => {
	it('records writes from a form, the API and the command line, with who and how', async () => {
		expect(cliRun.code).toBe(0);
		const form = await postForm('/app/spaces/grozd/profile', {}, people.cookies.admin);
		expect(form.status).toBe(400); // an empty form is refused (no name) and changes nothing
		const token = people.fixture.tokens.staffSpacesWrite!.token;
		const api = await fetch(url('/api/v1/spaces/grozd'), {
			method: 'PATCH',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ vision: { sl: 'Vizija iz API-ja' } })
		});
		expect(api.status).toBe(200);
		const edit = await fetch(url('/app/spaces/grozd/profile?section=goals'), { headers: { cookie: people.cookies.admin! } });
		const fields = formFieldsOf(await edit.text());
		fields['mission.sl'] = 'Poslanstvo iz obrazca';
		const saved = await postForm('/app/spaces/grozd/profile?section=goals', fields, people.cookies.admin);
		expect(saved.status).toBe(200);

		const audit = await (
			await fetch(url('/api/v1/spaces/grozd/audit'), {
				headers: { authorization: `Bearer ${people.fixture.tokens.adminEverything!.token}` }
			})
		).json();
		const entries: { source: string; action: string; actor: { label: string }; changedFields: string[] }[] = audit.items;
		expect(entries.find((entry) => entry.source === 'form' && entry.action === 'space.update')).toMatchObject({
			actor: { label: 'admin@example.si' },
			changedFields: expect.arrayContaining(['mission'])
		});
		expect(entries.find((entry) => entry.source === 'api')).toMatchObject({
			action: 'space.update',
			actor: { label: 'staff@example.si' },
			changedFields: ['vision']
		});
		expect(entries.find((entry) => entry.source === 'cli')).toMatchObject({ action: 'space_member.add', actor: { label: 'command line' } });
		const publicPage = await (await fetch(url('/spaces/grozd'))).text();
		expect(publicPage).toContain('Poslanstvo iz obrazca');
		expect(publicPage).toContain('Vizija iz API-ja');
	});
});

/** The fields of a server-rendered form as a browser would submit them unchanged. */
function formFieldsOf(html: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [, attributes = ''] of html.matchAll(/<input([^>]*)>/g)) {
		const name = attributes.match(/name="([^"]+)"/)?.[1];
		if (name && !/type="(checkbox|submit)"/.test(attributes)) fields[name] = decode(attributes.match(/value="([^"]*)"/)?.[1] ?? '');
	}
	for (const [, name = '', text = ''] of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[name] = decode(text);
	for (const [, name = '', options = ''] of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
		fields[name] = decode((options.match(/<option value="([^"]*)" selected/) ?? options.match(/<option value="([^"]*)"/))?.[1] ?? '');
	}
	return fields;
}

function decode(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
