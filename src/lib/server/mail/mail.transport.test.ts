import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp.ts';
import { redactSmtpCredentials } from './mail.errors.ts';
import { createMailTransport, firstLink, outboxFileName } from './mail.transport.ts';

const invitation = {
	to: 'ana@grozd.si',
	subject: 'Vabilo v prostor Stičišče Grozd',
	text: 'Pozdravljeni,\n\nza pridružitev odprite https://sticisce.example.si/vabilo/abc123?x=1.\n\nDrugo: https://example.org/second'
};

describe('outbox transport (no SMTP_URL)', () => {
	let dataDir: string;
	beforeAll(async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'sticisce-mail-'));
	});
	afterAll(() => rm(dataDir, { recursive: true, force: true }));

	it('writes a parseable .eml into <dataDir>/outbox and prints the recipient, subject and first link', async () => {
		const lines: string[] = [];
		const transport = createMailTransport({ smtpUrl: undefined, mailFrom: 'Stičišče <noreply@localhost>', dataDir, log: (line) => lines.push(line) });
		expect(transport).toMatchObject({ kind: 'outbox', target: join(dataDir, 'outbox') });

		await transport.send({ ...invitation, html: '<p>Pozdravljeni</p>' });

		const files = await readdir(join(dataDir, 'outbox'));
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^\d{8}T\d{6}-\d{3}Z-[0-9a-f]{8}\.eml$/);
		const raw = await readFile(join(dataDir, 'outbox', files[0]!));
		expect(raw.toString('latin1')).toContain('\r\n');
		const parsed = await simpleParser(raw);
		expect(parsed.to).toMatchObject({ text: 'ana@grozd.si' });
		expect(parsed.from?.value[0]).toMatchObject({ name: 'Stičišče', address: 'noreply@localhost' });
		expect(parsed.subject).toBe(invitation.subject);
		expect(parsed.text?.trim()).toBe(invitation.text);
		expect(parsed.html).toContain('<p>Pozdravljeni</p>');
		expect(parsed.messageId).toBeTruthy();

		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('ana@grozd.si');
		expect(lines[0]).toContain(invitation.subject);
		expect(lines[0]).toContain('https://sticisce.example.si/vabilo/abc123?x=1 ');
		expect(lines[0]).not.toContain('example.org/second');
		expect(lines[0]).not.toContain('\n');
	});

	it('prints to the console by default and names files so that they sort by time', async () => {
		const printed: unknown[] = [];
		const original = console.log;
		console.log = (...args: unknown[]) => void printed.push(args.join(' '));
		try {
			const transport = createMailTransport({ smtpUrl: undefined, mailFrom: 'noreply@localhost', dataDir });
			await transport.send({ to: 'b@example.org', subject: 'Brez povezave', text: 'Ni povezave.' });
		} finally {
			console.log = original;
		}
		expect(printed).toEqual([expect.stringContaining('b@example.org')]);
		const files = await readdir(join(dataDir, 'outbox'));
		expect(files).toHaveLength(2);
		const second = await simpleParser(await readFile(join(dataDir, 'outbox', [...files].sort()[1]!)));
		expect(second.subject).toBe('Brez povezave');
	});

	it('refuses a message that is not valid before writing anything', async () => {
		const transport = createMailTransport({ smtpUrl: undefined, mailFrom: 'noreply@localhost', dataDir, log: () => {} });
		await expect(transport.send({ ...invitation, to: 'not an address' })).rejects.toBeInstanceOf(ZodError);
		await expect(transport.send({ ...invitation, subject: 'one\r\nBcc: x@evil.example' })).rejects.toBeInstanceOf(ZodError);
		expect(await readdir(join(dataDir, 'outbox'))).toHaveLength(2);
	});
});

describe('SMTP transport', () => {
	let server: TestSmtpServer | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});

	it('delivers through a plain smtp:// URL', async () => {
		server = await startTestSmtpServer();
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'Stičišče Grozd <info@grozd.si>', dataDir: '/nonexistent' });
		expect(transport.kind).toBe('smtp');
		await transport.send({ ...invitation, html: '<p>HTML</p>' });

		const received = await server.waitForMessage((message) => message.subject === invitation.subject);
		expect(received.to).toMatchObject({ text: 'ana@grozd.si' });
		expect(received.from?.value[0]).toMatchObject({ name: 'Stičišče Grozd', address: 'info@grozd.si' });
		expect(received.text?.trim()).toBe(invitation.text);
		expect(received.html).toContain('<p>HTML</p>');
		expect(server.messages).toHaveLength(1);
	});

	it('delivers attachments, text and base64, as the files they were', async () => {
		server = await startTestSmtpServer();
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'info@grozd.si', dataDir: '/nonexistent' });
		const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
		const pdf = Buffer.from('%PDF-1.7 binary \u0000\u00ff');
		await transport.send({
			...invitation,
			attachments: [
				{ filename: 'dogodek.ics', contentType: 'text/calendar; charset=utf-8', content: calendar },
				{ filename: 'potrdilo.pdf', contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' }
			]
		});
		const received = await server.waitForMessage();
		expect(received.attachments.map((file) => [file.filename, file.contentType])).toEqual([
			['dogodek.ics', 'text/calendar'],
			['potrdilo.pdf', 'application/pdf']
		]);
		expect(received.attachments[0]!.content.toString()).toBe(calendar);
		expect(received.attachments[1]!.content.equals(pdf)).toBe(true);
	});

	it('logs in with the credentials in the URL and never shows the password', async () => {
		server = await startTestSmtpServer({ auth: { user: 'grozd', pass: 'Sk#rivnost 42' } });
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'info@grozd.si', dataDir: '/nonexistent' });
		expect(transport.target).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
		await transport.send(invitation);
		await server.waitForMessage();

		const wrongUrl = server.url.replace(encodeURIComponent('Sk#rivnost 42'), 'napacno-geslo');
		const wrong = createMailTransport({ smtpUrl: wrongUrl, mailFrom: 'info@grozd.si', dataDir: '/nonexistent' });
		const error = await wrong.send(invitation).then(
			() => undefined,
			(reason: Error) => reason
		);
		expect(error?.message).toMatch(/failed: .*535/i);
		expect(error?.message).not.toContain('napacno-geslo');
		expect(error?.message).not.toContain('grozd:');
	});

	it('reports a recipient the server refuses', async () => {
		server = await startTestSmtpServer({ rejectRecipient: (address) => address.endsWith('@nowhere.example') });
		const transport = createMailTransport({ smtpUrl: server.url, mailFrom: 'info@grozd.si', dataDir: '/nonexistent' });
		await expect(transport.send({ ...invitation, to: 'x@nowhere.example' })).rejects.toThrow(/550/);
		expect(server.messages).toHaveLength(0);
	});
});

describe('mail helpers', () => {
	it('finds the first http(s) link without the punctuation after it', () => {
		expect(firstLink('Odprite (https://a.si/x?y=1).')).toBe('https://a.si/x?y=1');
		expect(firstLink('ftp://a.si, nato http://b.si/pot, konec')).toBe('http://b.si/pot');
		expect(firstLink('brez povezav')).toBeUndefined();
	});

	it('names outbox files by UTC time to the millisecond', () => {
		const name = outboxFileName(new Date('2024-03-05T07:08:09.010Z'));
		expect(name).toMatch(/^20240305T070809-010Z-[0-9a-f]{8}\.eml$/);
		expect(outboxFileName(new Date('2024-03-05T07:08:09.011Z')) > name).toBe(true);
	});

	it('takes SMTP passwords out of messages, plain and URL-encoded', () => {
		const url = 'smtps://user:p%40ss%20w@mail.example.org:465';
		expect(redactSmtpCredentials('auth p@ss w failed; p%40ss%20w; smtps://user:p%40ss%20w@mail.example.org', url)).toBe(
			'auth *** failed; ***; smtps://***@mail.example.org'
		);
		expect(redactSmtpCredentials('nothing secret', undefined)).toBe('nothing secret');
	});
});

describe('extra headers and the SMTP answer (newsletters)', () => {
	let smtp: TestSmtpServer;
	beforeAll(async () => {
		smtp = await startTestSmtpServer({ rejectRecipient: (address) => address === 'gone@grozd.si' });
	});
	afterAll(() => smtp.close());

	it('sends the headers a message names, refuses a value that would add headers, and keeps the code of a refusal', async () => {
		const transport = createMailTransport({ smtpUrl: smtp.url, mailFrom: 'Grozd <novice@grozd.si>', dataDir: tmpdir() });
		await transport.send({
			...invitation,
			headers: { 'List-Unsubscribe': '<https://sticisce.example.si/unsubscribe/abc/one-click>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
		});
		const received = await smtp.waitForMessage((message) => message.subject === invitation.subject);
		expect(received.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
		await expect(transport.send({ ...invitation, headers: { 'X-Note': 'a\r\nBcc: everyone@example.org' } })).rejects.toBeInstanceOf(ZodError);
		await expect(transport.send({ ...invitation, to: 'gone@grozd.si' })).rejects.toMatchObject({ responseCode: 550 });
	});
});
