import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { auditLog } from '../../src/lib/server/audit/audit.table.ts';
import { rateLimits } from '../../src/lib/server/rate-limit/rate-limit.table.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { freePort } from '../support/haproxy.ts';
import { fixturePassword, type PeopleFixture } from '../support/people.ts';
import { seedPeople } from '../support/seed-people.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

/**
 * The production server (`scripts/serve.js`) behind a proxy (TRUST_PROXY=1): requests carry the
 * X-Forwarded-* headers a proxy adds, each "client" with an address of its own.
 */
describe('sign-in limits of a server behind a proxy', () => {
	let work: string;
	let database: { name: string; url: string };
	let handle: DatabaseHandle;
	let fixture: PeopleFixture;
	let smtp: TestSmtpServer;
	let server: ServerProcess;
	let publicUrl: string;

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'sticisce-sign-in-limits-'));
		database = await createPostgresDatabase(testServerUrl());
		handle = openPostgres({ url: database.url, max: 2 });
		fixture = await seedPeople(handle.db);
		smtp = await startTestSmtpServer();
		const port = await freePort();
		publicUrl = `http://127.0.0.1:${port}`;
		server = await startServerProcess({
			DATABASE_URL: database.url,
			DATA_DIR: join(work, 'app'),
			PORT: String(port),
			PUBLIC_URL: publicUrl,
			SMTP_URL: smtp.url,
			TRUST_PROXY: '1'
		});
	});

	afterAll(async () => {
		await server?.stop('SIGTERM');
		await smtp?.close();
		await handle?.close();
		if (database) await dropPostgresDatabase(testServerUrl(), database.name);
		if (work) rmSync(work, { recursive: true, force: true });
	});

	type Answer = { status: number; text: string; headers: Headers };

	/** A request as the proxy passes it on, from the client at `address`. */
	async function send(
		path: string,
		{ address, form, cookie = '', to }: { address: string; form?: Record<string, string>; cookie?: string; to?: ServerProcess }
	) {
		const response = await fetch(`${(to ?? server).url}${path}`, {
			method: form ? 'POST' : 'GET',
			redirect: 'manual',
			headers: {
				accept: 'text/html',
				'x-forwarded-proto': 'http',
				'x-forwarded-host': new URL(publicUrl).host,
				'x-forwarded-for': address,
				...(form ? { origin: publicUrl, 'content-type': 'application/x-www-form-urlencoded' } : {}),
				...(cookie ? { cookie } : {})
			},
			body: form ? new URLSearchParams(form) : undefined
		});
		return { status: response.status, text: await response.text(), headers: response.headers } satisfies Answer;
	}
	const signIn = (email: string, password: string, address: string, cookie?: string, to?: ServerProcess) =>
		send('/app/sign-in', { address, form: { email, password }, cookie, to });
	/** The cookie this answer sets whose name starts so, as a Cookie header. */
	const cookieOf = (answer: Answer, prefix: string) =>
		answer.headers
			.getSetCookie()
			.map((cookie) => cookie.split(';')[0]!)
			.filter((cookie) => cookie.startsWith(prefix))
			.join('; ');
	const knownDevice = 'sticisce.known_device_';
	const recipient = (mail: ParsedMail) =>
		[mail.to ?? []]
			.flat()
			.map((address) => address.text)
			.join(', ');
	const failuresAudited = async (userId: string) =>
		(await handle.db.select().from(auditLog)).filter((entry) => entry.action === 'user.sign_in_failed' && entry.entityId === userId).length;
	const limitCount = async (key: string) => (await handle.db.select().from(rateLimits)).find((row) => row.key === key)?.count;

	it('lets the admin in after 100 failed sign-ins from other addresses: from their known browser, and after the unlock mail', async () => {
		const admin = fixture.people.admin!;
		const home = '192.0.2.10';
		const first = await signIn(admin.email, fixturePassword, home);
		expect(first.status).toBe(303);
		const browser = cookieOf(first, knownDevice);
		expect(browser).toMatch(/^sticisce\.known_device_[0-9a-f]{16}=/);

		const statuses: number[] = [];
		for (let i = 0; i < 100; i++) statuses.push((await signIn(admin.email, `guess ${i}`, `198.51.100.${i}`)).status);
		// five passwords checked and wrong, then the account is locked for browsers it does not know
		expect(statuses.filter((status) => status === 401)).toHaveLength(5);
		expect(statuses.filter((status) => status === 429)).toHaveLength(95);

		const stranger = await signIn(admin.email, fixturePassword, '203.0.113.77');
		expect(stranger.status).toBe(429);
		expect(stranger.text).toContain('Ta račun je imel preveč neuspelih prijav');
		expect(stranger.text).toMatch(/Poskusite znova čez 1?\d minut/);

		const fromHome = await signIn(admin.email, fixturePassword, home, browser);
		expect(fromHome.status).toBe(303);
		expect(cookieOf(fromHome, 'sticisce.session_token=')).not.toBe('');

		// the failure that locked the account mailed one link; it makes a new browser a known one
		const mail = await smtp.waitForMessage((message) => recipient(message) === admin.email && /unlock/.test(message.text ?? ''), 15_000);
		expect(mail.subject).toBe('Prijava v Stičišče je začasno omejena');
		const unlockPath = new URL(mail.text!.match(/https?:\/\/\S+\/app\/unlock\/\S+/)![0]).pathname;
		const laptop = '203.0.113.78';
		const page = await send(unlockPath, { address: laptop });
		expect(page.status).toBe(200);
		expect(page.text).toContain('Označi ta brskalnik kot moj');
		const unlocked = await send(unlockPath, { address: laptop, form: {} });
		expect(unlocked.status).toBe(303);
		expect(unlocked.headers.get('location')).toContain('/app/sign-in?unlocked');
		const laptopBrowser = cookieOf(unlocked, knownDevice);
		expect(laptopBrowser).not.toBe('');
		expect((await signIn(admin.email, fixturePassword, laptop)).status).toBe(429);
		expect((await signIn(admin.email, fixturePassword, laptop, laptopBrowser)).status).toBe(303);
		// used once
		expect((await send(unlockPath, { address: laptop, form: {} })).status).toBe(404);
		expect(smtp.messages.filter((message) => recipient(message) === admin.email)).toHaveLength(1);
	});

	it('checks at most five passwords when 40 guesses against one account arrive at once', async () => {
		const staff = fixture.people.staff!;
		const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(staff.email, `guess ${i}`, `198.51.101.${i}`)));
		const checked = answers.filter((answer) => answer.status === 401).length;
		expect(checked).toBe(5);
		expect(answers.filter((answer) => answer.status === 429)).toHaveLength(35);
		// each password checked and found wrong is in the audit log: no more were checked than answered so
		expect(await failuresAudited(staff.userId)).toBe(5);
		expect(await limitCount(`sign-in:account:${staff.email}`)).toBe(5);
	});

	describe('forgot password', () => {
		const request = (email: string, address: string) => send('/app/forgot-password', { address, form: { email } });
		const notice = (answer: Answer) =>
			answer.text
				.match(/<div class="notice[^"]*" role="status">([\s\S]*?)<\/div>/)?.[1]!
				.replace(/<[^>]*>/g, '')
				.trim();

		it('answers an unknown address as a known one, and sends at most three mails to an account', async () => {
			const viewer = fixture.people.viewer!;
			const known = [];
			const unknown = [];
			for (let i = 0; i < 4; i++) {
				known.push(await request(viewer.email, `198.51.102.${i}`));
				unknown.push(await request('nobody-here@example.si', `198.51.103.${i}`));
			}
			expect(known.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
			expect(unknown.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
			expect(notice(known[0]!)).toContain('Če ima ta naslov račun');
			expect(notice(unknown[0]!)).toBe(notice(known[0]!));
			expect(known[3]!.text).toContain('Preveč zahtev za novo geslo');
			expect(unknown[3]!.text).toContain('Preveč zahtev za novo geslo');

			await smtp.waitForMessage((message) => recipient(message) === viewer.email && message.subject === 'Novo geslo za Stičišče', 15_000);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(smtp.messages.filter((message) => recipient(message) === viewer.email)).toHaveLength(3);
			expect(smtp.messages.filter((message) => recipient(message) === 'nobody-here@example.si')).toHaveLength(0);
		});

		it('answers ten requests from one address in an hour', async () => {
			const statuses = [];
			for (let i = 0; i < 11; i++) statuses.push((await request(`person-${i}@example.si`, '198.51.104.1')).status);
			expect(statuses).toEqual([...Array(10).fill(200), 429]);
			// another address is not held back by that one
			expect((await request('person-0@example.si', '198.51.104.2')).status).toBe(200);
		});
	});

	it('takes the client address from the second-from-last X-Forwarded-For entry with TRUST_PROXY=2', async () => {
		const twoHops = await startServerProcess({
			DATABASE_URL: database.url,
			DATA_DIR: join(work, 'two-hops'),
			PUBLIC_URL: publicUrl,
			TRUST_PROXY: '2'
		});
		try {
			// client, then the outer proxy's own address as the inner proxy saw it
			const answer = await signIn('nobody@example.si', 'a guess', '203.0.113.5, 198.51.100.250', undefined, twoHops);
			expect(answer.status).toBe(401);
			expect(await limitCount('sign-in:address:203.0.113.5')).toBe(1);
			expect(await limitCount('sign-in:address:198.51.100.250')).toBeUndefined();
			// a client's own claim in front counts for nothing: the proxies append what they saw
			await signIn('nobody@example.si', 'a guess', '10.6.6.6, 203.0.113.5, 198.51.100.250', undefined, twoHops);
			expect(await limitCount('sign-in:address:203.0.113.5')).toBe(2);
			expect(await limitCount('sign-in:address:10.6.6.6')).toBeUndefined();
		} finally {
			await twoHops.stop('SIGTERM');
		}
	});
});
