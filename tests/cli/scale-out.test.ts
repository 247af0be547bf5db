import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { createJobsRepository } from '../../src/lib/server/jobs/jobs.repository.ts';
import { mailSendJobKind, queueMail } from '../../src/lib/server/mail/mail.usecases.ts';
import { rateLimits } from '../../src/lib/server/rate-limit/rate-limit.table.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { backendHeader, freePort, haproxyVersion, startHaproxy, type Haproxy } from '../support/haproxy.ts';
import { fixturePassword, type PeopleFixture } from '../support/people.ts';
import { seedPeople } from '../support/seed-people.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

/**
 * Two production server processes (`scripts/serve.js`) on one PostgreSQL database behind HAProxy,
 * each with its own DATA_DIR (mail outbox) and its inline job runner: sessions, jobs and sign-in
 * limits live in the database, so it does not matter which process answers.
 */
const haproxy = haproxyVersion();
if (!haproxy) console.warn('scale-out.test.ts: skipped, haproxy is not installed (apt-get install haproxy; .ci/run installs it)');

describe.skipIf(!haproxy)('two app processes behind HAProxy on one database', () => {
	const names = ['a', 'b'] as const;
	type Name = (typeof names)[number];
	const adminUrl = () => testServerUrl();
	let work: string;
	let database: { name: string; url: string };
	let handle: DatabaseHandle;
	let fixture: PeopleFixture;
	const servers = {} as Record<Name, ServerProcess>;
	const dataDirs = {} as Record<Name, string>;
	let proxy: Haproxy;

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'sticisce-scale-out-'));
		database = await createPostgresDatabase(adminUrl());
		handle = openPostgres({ url: database.url, max: 2 });
		fixture = await seedPeople(handle.db);

		// the proxy's address is what people open, and the apps need it before the proxy starts
		const proxyPort = await freePort();
		const publicUrl = `http://127.0.0.1:${proxyPort}`;
		await Promise.all(
			names.map(async (name) => {
				dataDirs[name] = join(work, name);
				servers[name] = await startServerProcess({
					DATABASE_URL: database.url,
					DATA_DIR: dataDirs[name],
					TRUST_PROXY: '1',
					PUBLIC_URL: publicUrl
				});
			})
		);
		proxy = await startHaproxy({ dir: work, port: proxyPort, backends: { a: servers.a.url, b: servers.b.url } });
	});

	afterAll(async () => {
		await proxy?.stop();
		await Promise.all(names.map((name) => servers[name]?.stop('SIGTERM')));
		await handle?.close();
		if (database) await dropPostgresDatabase(adminUrl(), database.name);
		if (work) rmSync(work, { recursive: true, force: true });
	});

	type Answer = { status: number; backend: string; text: string; headers: Headers };

	/** What the proxy adds to every request, for a request straight to one app process. */
	const asTheProxyForwards = (address = '127.0.0.1') => ({
		'x-forwarded-proto': 'http',
		'x-forwarded-host': new URL(proxy.url).host,
		'x-forwarded-for': address
	});

	async function send(
		to: Name | 'proxy',
		path: string,
		init: { form?: Record<string, string>; cookie?: string; headers?: Record<string, string> } = {}
	): Promise<Answer> {
		const base = to === 'proxy' ? proxy.url : servers[to].url;
		const response = await fetch(`${base}${path}`, {
			method: init.form ? 'POST' : 'GET',
			redirect: 'manual',
			headers: {
				accept: 'text/html',
				...(to === 'proxy' ? {} : asTheProxyForwards()),
				...(init.form ? { origin: proxy.url, 'content-type': 'application/x-www-form-urlencoded' } : {}),
				...(init.cookie ? { cookie: init.cookie } : {}),
				...init.headers
			},
			body: init.form ? new URLSearchParams(init.form) : undefined
		});
		return { status: response.status, backend: response.headers.get(backendHeader) ?? to, text: await response.text(), headers: response.headers };
	}

	const signIn = (to: Name | 'proxy', email: string, password = fixturePassword, headers: Record<string, string> = {}) =>
		send(to, '/app/sign-in', { form: { email, password }, headers });
	const cookieOf = (answer: Answer) =>
		answer.headers
			.getSetCookie()
			.map((cookie) => cookie.split(';')[0]!)
			.join('; ');
	/** The staff's back office: a signed-in page (else a redirect to the sign-in form). */
	const isStaffHome = (answer: Answer) => answer.status === 200 && answer.text.includes('/app/spaces/grozd/profile');

	it('balances over both processes, which share the proxy as their public address', async () => {
		const backends = new Set<string>();
		for (let i = 0; i < 4; i++) {
			const answer = await send('proxy', '/healthz');
			expect(answer.status).toBe(200);
			backends.add(answer.backend);
		}
		expect([...backends].sort()).toEqual(['a', 'b']);
	});

	it('accepts in process B a session made by signing in through process A, and ends it everywhere on sign-out', async () => {
		const signedIn = await signIn('a', fixture.people.staff!.email);
		expect(signedIn.status).toBe(303);
		const cookie = cookieOf(signedIn);
		expect(cookie).toContain('sticisce.session_token=');

		expect(isStaffHome(await send('b', '/app', { cookie }))).toBe(true);
		// without the cookie the same page sends people to the sign-in form: the check means something
		expect((await send('b', '/app')).status).toBe(303);
		const seenBy = new Set<string>();
		for (let i = 0; i < 4; i++) {
			const answer = await send('proxy', '/app', { cookie });
			expect(isStaffHome(answer)).toBe(true);
			seenBy.add(answer.backend);
		}
		expect([...seenBy].sort()).toEqual(['a', 'b']);

		// signed in through the proxy (whichever process took it), valid on both
		const throughProxy = cookieOf(await signIn('proxy', fixture.people.admin!.email));
		for (const name of names) expect((await send(name, '/app', { cookie: throughProxy })).status).toBe(200);

		expect((await send('b', '/app/sign-out', { form: {}, cookie })).status).toBe(303);
		const afterSignOut = await send('a', '/app', { cookie });
		expect(afterSignOut.status).toBe(303);
		expect(afterSignOut.headers.get('location')).toContain('/app/sign-in');
	});

	it('runs every queued job exactly once although both processes run the job runner', async () => {
		// mail queued by the normal use case in whichever process takes the request (it wakes its own runner)…
		const resetFor = Object.values(fixture.people).map((person) => person.email);
		const takenBy = new Set<string>();
		for (const email of resetFor) {
			const answer = await send('proxy', '/app/forgot-password', { form: { email } });
			expect(answer.status).toBe(200);
			takenBy.add(answer.backend);
		}
		expect([...takenBy].sort()).toEqual(['a', 'b']);
		// …and a burst queued at once, which both runners find on their next poll
		const burst = Array.from({ length: 30 }, (_, i) => `burst-${i}@example.si`);
		await handle.db.transaction(async (tx) => {
			for (const to of burst) await queueMail({ db: tx, message: { to, subject: 'Scale-out', text: `for ${to}` } });
		});

		const jobs = createJobsRepository({ db: handle.db });
		const deadline = Date.now() + 20_000;
		while ((await jobs.list({ kind: mailSendJobKind })).some((job) => job.status !== 'done') && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		const done = await jobs.list({ kind: mailSendJobKind });
		expect(done).toHaveLength(resetFor.length + burst.length);
		expect(done.filter((job) => job.status !== 'done' || job.attempts !== 1)).toEqual([]);

		const sent = Object.fromEntries(names.map((name) => [name, recipientsInOutbox(dataDirs[name])])) as Record<Name, string[]>;
		// both processes sent mail, and each mail went out once, from one of them
		expect(sent.a.length).toBeGreaterThan(0);
		expect(sent.b.length).toBeGreaterThan(0);
		expect([...sent.a, ...sent.b].sort()).toEqual([...resetFor, ...burst].sort());
	});

	it('counts failed sign-ins per account across both processes: the sixth attempt is refused everywhere', async () => {
		const email = fixture.people.viewer!.email;
		const failedOn = new Set<string>();
		for (let i = 0; i < 5; i++) {
			// a client cannot choose its address: the proxy appends the one it sees
			const answer = await signIn('proxy', email, 'a wrong password', { 'x-forwarded-for': '198.51.100.7' });
			expect(answer.status).toBe(401);
			failedOn.add(answer.backend);
		}
		expect([...failedOn].sort()).toEqual(['a', 'b']);
		// the right password, after five failures: refused through the proxy and by each process
		expect((await signIn('proxy', email)).status).toBe(429);
		for (const name of names) expect((await signIn(name, email)).status).toBe(429);

		const counts = await limitCounts();
		expect(counts[`sign-in:account:${email}`]).toBe(5);
		expect(counts['sign-in:address:127.0.0.1']).toBe(5);
		expect(Object.keys(counts).filter((key) => key.includes('198.51.100.7'))).toEqual([]);
	});

	it('counts failed sign-ins per client address (from X-Forwarded-For) across both processes', async () => {
		const office = '203.0.113.9';
		for (let i = 0; i < 20; i++) {
			const answer = await signIn(names[i % 2]!, `nobody-${i}@example.si`, 'a wrong password', asTheProxyForwards(office));
			expect(answer.status).toBe(401);
		}
		const email = fixture.people.memberEditor!.email;
		for (const name of names) expect((await signIn(name, email, fixturePassword, asTheProxyForwards(office))).status).toBe(429);
		// another address is not held back by that one's failures
		expect((await signIn('b', email, fixturePassword, asTheProxyForwards('203.0.113.10'))).status).toBe(303);
		expect((await limitCounts())[`sign-in:address:${office}`]).toBe(20);
	});

	it('keeps answering through the proxy when one process stops', async () => {
		await servers.b.stop('SIGTERM');
		for (let i = 0; i < 4; i++) {
			const answer = await send('proxy', '/healthz');
			expect(answer.status).toBe(200);
			expect(answer.backend).toBe('a');
		}
	});

	async function limitCounts(): Promise<Record<string, number>> {
		const rows = await handle.db.select().from(rateLimits);
		return Object.fromEntries(rows.map((row) => [row.key, row.count]));
	}
});

/** The recipient of each .eml file in a DATA_DIR's outbox. */
function recipientsInOutbox(dataDir: string): string[] {
	const outbox = join(dataDir, 'outbox');
	let files: string[];
	try {
		files = readdirSync(outbox).filter((file) => file.endsWith('.eml'));
	} catch {
		return [];
	}
	return files.map((file) =>
		readFileSync(join(outbox, file), 'utf8')
			.match(/^To: (.+)$/m)![1]!
			.trim()
	);
}
