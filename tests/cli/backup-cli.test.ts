import { localMigrations } from '../../src/lib/server/backup/migrations.ts';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connection.ts';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { runNode } from '../support/processes.ts';

const cli = (args: string[], env: NodeJS.ProcessEnv) => runNode(['src/cli/main.ts', ...args], env);

async function query<Row>(url: string, text: string): Promise<Row[]> {
	const client = connect(url, { max: 1 });
	try {
		return [...(await client.unsafe(text))] as Row[];
	} finally {
		await client.end();
	}
}

const slugs = (url: string) => query<{ slug: string }>(url, 'select slug from spaces order by slug').then((rows) => rows.map((row) => row.slug));

// every command is a new process that opens the database anew, so these tests take their time
describe('npm run cli -- backup / restore', { timeout: 180_000 }, () => {
	let app: TestApp;
	const folder = mkdtempSync(join(tmpdir(), 'sticisce-backup-cli-'));
	// a data directory of its own: the embedded server's user must be able to enter it, and mkdtemp's folder is mode 700
	const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-restored-'));
	const file = join(folder, 'nightly.tar.gz');
	let target: { name: string; url: string };

	beforeAll(async () => {
		app = await startTestApp();
		target = await createPostgresDatabase(testServerUrl(), { empty: true });
	});
	afterAll(async () => {
		await dropPostgresDatabase(testServerUrl(), target.name);
		await app.close();
		for (const path of [folder, dataDir]) rmSync(path, { recursive: true, force: true });
	});

	it('backs up the database of a running server while it keeps answering', async () => {
		let answered = 0;
		let stop = false;
		const traffic = (async () => {
			while (!stop) {
				const response = await fetch(`${app.url}/api/v1/spaces`);
				expect(response.status).toBe(200);
				await response.arrayBuffer();
				answered++;
			}
		})();
		const run = await cli(['backup', file], { DATABASE_URL: app.databaseUrl });
		stop = true;
		await traffic;
		expect(run.stderr).toContain('Backed up public.spaces: 4 rows');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/Wrote .*nightly\.tar\.gz \([\d.]+ MB\): \d+ tables, \d+ rows/);
		expect(run.stdout).toContain(`Schema: migration ${localMigrations().at(-1)!.tag}.`);
		expect(statSync(file).size).toBeGreaterThan(1000);
		expect(answered).toBeGreaterThan(0);
	});

	it('restores into an empty external database, the same data as the server has', async () => {
		const run = await cli(['restore', file], { DATABASE_URL: target.url });
		expect(run.stderr).toContain('Restored public.spaces: 4 rows');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/Restored \d+ tables, \d+ rows from/);
		expect(await slugs(target.url)).toEqual(['asociacija', 'grozd', 'iskra', 'nvo-vid']);
		const digest = `select md5(string_agg(o::text, ',' order by o.id)) as digest, count(*)::int as rows from organisations o`;
		expect(await query(target.url, digest)).toEqual(await query(app.databaseUrl, digest));
		// the server's generated secret came along: its sessions stay valid on the new database
		const secret = `select value::text from settings order by key`;
		expect(await query(target.url, secret)).toEqual(await query(app.databaseUrl, secret));
	});

	it('restores into a new data directory of the embedded server', async () => {
		const env = { DATABASE_URL: '', DATA_DIR: dataDir };
		const run = await cli(['restore', file], env);
		expect(run.code, run.stderr).toBe(0);
		const demo = await cli(['demo:load'], env);
		expect(demo.stdout).toContain('spaces: added none; already present, left unchanged: grozd, iskra, nvo-vid, asociacija');
		expect(existsSync(join(env.DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);
	});

	it('refuses a database that is not empty, a missing file and a missing argument', async () => {
		const again = await cli(['restore', file], { DATABASE_URL: target.url });
		expect(again.code).toBe(65);
		expect(again.stderr).toContain('The target database is not empty');
		expect(again.stderr).toContain('Restore into an empty database');
		expect((await cli(['restore', join(folder, 'missing.tar.gz')], { DATABASE_URL: target.url })).code).toBe(64);
		const usage = await cli(['backup'], { DATABASE_URL: app.databaseUrl });
		expect(usage.code).toBe(64);
		expect(usage.stderr).toContain('Usage: npm run cli -- backup FILE.tar.gz');
	});
});
