import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const mailDefaults = {
	smtpUrl: undefined,
	mailFrom: 'Stičišče <noreply@localhost>',
	jobRunner: 'inline',
	publicUrl: 'http://localhost:3000',
	authSecret: undefined
};

describe('configuration', () => {
	it('defaults to the embedded server in ./data with demo content, mail to the outbox and jobs in the server', () => {
		expect(loadConfig({})).toEqual({ dataDir: resolve('./data'), databaseUrl: undefined, loadDemo: true, ...mailDefaults });
	});

	it('switches to PostgreSQL with DATABASE_URL and skips the demo with STICISCE_DEMO=0', () => {
		const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', STICISCE_DEMO: '0', DATA_DIR: '/srv/x' });
		expect(config).toEqual({ dataDir: '/srv/x', databaseUrl: 'postgres://u@h:5432/db', loadDemo: false, ...mailDefaults });
	});

	it('treats an empty DATABASE_URL as unset', () => {
		expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
	});

	it('explains a DATABASE_URL that is not PostgreSQL', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
	});

	it('explains an STICISCE_DEMO value it does not understand', () => {
		expect(() => loadConfig({ STICISCE_DEMO: 'maybe' })).toThrow(/STICISCE_DEMO/);
	});
});

describe('mail and job configuration', () => {
	it('takes smtp:// and smtps:// URLs, the sender and the job runner mode', () => {
		expect(loadConfig({ SMTP_URL: 'smtps://user:p%40ss@mail.example.org:465', MAIL_FROM: 'Grozd <info@grozd.si>', JOB_RUNNER: 'off' })).toMatchObject({
			smtpUrl: 'smtps://user:p%40ss@mail.example.org:465',
			mailFrom: 'Grozd <info@grozd.si>',
			jobRunner: 'off'
		});
		expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).smtpUrl).toBe('smtp://127.0.0.1:2525');
		expect(loadConfig({ MAIL_FROM: 'noreply@example.org' }).mailFrom).toBe('noreply@example.org');
	});

	it('treats empty values as unset', () => {
		expect(loadConfig({ SMTP_URL: '', MAIL_FROM: '', JOB_RUNNER: '' })).toMatchObject(mailDefaults);
	});

	it.each(['https://mail.example.org', 'mail.example.org:587', 'smtp://', 'smtp:mail.example.org'])(
		'explains an SMTP_URL that is not smtp:// or smtps:// (%s)',
		(value) => {
			expect(() => loadConfig({ SMTP_URL: value })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
		}
	);

	it('never repeats the SMTP password in its message', () => {
		expect(() => loadConfig({ SMTP_URL: 'http://user:hunter2@mail.example.org' })).toThrow(
			expect.objectContaining({ message: expect.not.stringContaining('hunter2') })
		);
	});

	it('explains a MAIL_FROM that is not an address', () => {
		expect(() => loadConfig({ MAIL_FROM: 'Stičišče' })).toThrow(/MAIL_FROM must be an e-mail address/);
	});

	it('explains a JOB_RUNNER value it does not understand', () => {
		expect(() => loadConfig({ JOB_RUNNER: 'worker' })).toThrow(/JOB_RUNNER must be inline .* or off/);
	});
});

describe('public address and session secret', () => {
	it('defaults to localhost on the configured port, without a trailing slash', () => {
		expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
		expect(loadConfig({ PUBLIC_URL: 'https://nvo.example.si/' }).publicUrl).toBe('https://nvo.example.si');
	});

	it('uses the host the server listens on, so that the session cookie set at the printed address is the one sent back', () => {
		expect(loadConfig({ HOST: '127.0.0.1', PORT: '4000' }).publicUrl).toBe('http://127.0.0.1:4000');
		expect(loadConfig({ HOST: '::1' }).publicUrl).toBe('http://[::1]:3000');
		expect(loadConfig({ HOST: '0.0.0.0' }).publicUrl).toBe('http://localhost:3000');
		expect(loadConfig({ HOST: '127.0.0.1', ORIGIN: 'https://nvo.example.si' }).publicUrl).toBe('https://nvo.example.si');
	});

	it('explains a PUBLIC_URL that is not an http(s) address', () => {
		expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL must be the http\(s\) address/);
	});

	it('requires a long AUTH_SECRET and never repeats it in the message', () => {
		expect(() => loadConfig({ AUTH_SECRET: 'short-secret' })).toThrow(/AUTH_SECRET must be at least 32/);
		expect(() => loadConfig({ AUTH_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
	});
});
