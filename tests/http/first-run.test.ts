import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.ts';

// A fresh installation: nobody has an account, and the server prints the link where the first
// platform administrator is created. A mistake in that form must not cost the link.
let app: TestApp;
let setupPath: string;

beforeAll(async () => {
	const printed = vi.spyOn(console, 'log');
	app = await startTestApp();
	const announcement = printed.mock.calls.map((call) => String(call[0])).find((line) => line.includes('/app/setup/'));
	printed.mockRestore();
	setupPath = new URL(announcement!.match(/https?:\/\/\S+/)![0]).pathname;
});
afterAll(() => app?.close());

const submit = (fields: Record<string, string>) =>
	fetch(`${app.url}${setupPath}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});

describe('the first administrator', () => {
	it('keeps the setup link after a mistake, says what is wrong beside the field, and uses it up only when the account is made', async () => {
		expect((await fetch(`${app.url}${setupPath}`)).status).toBe(200);

		const short = await submit({ name: 'Ana Novak', email: 'ana@example.si', password: 'nine char' });
		expect(short.status).toBe(400);
		const html = await short.text();
		expect(html).toMatch(/id="field-password-error"[^>]*>[^<]*10/);
		expect(html).toContain('value="ana@example.si"');
		expect((await fetch(`${app.url}${setupPath}`)).status).toBe(200);

		const done = await submit({ name: 'Ana Novak', email: 'ana@example.si', password: 'ten chars!' });
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/app');
		expect(done.headers.getSetCookie().some((cookie) => cookie.startsWith('sticisce.session_token='))).toBe(true);
		expect((await fetch(`${app.url}${setupPath}`)).status).toBe(404);
	});
});
