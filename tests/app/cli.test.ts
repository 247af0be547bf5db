import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { runNode } from '../support/processes.ts';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runNode(['src/cli/main.ts', ...args], env);
const onPostgres = Boolean(process.env.DATABASE_URL);

describe('CLI', () => {
	it('explains its commands', async () => {
		const { code, stdout } = await cli(['help']);
		expect(code).toBe(0);
		for (const command of ['help', 'migrate', 'demo:load']) expect(stdout).toContain(command);
		expect(stdout).toContain('npm run cli -- <command>');
	});

	it('refuses an unknown command with a hint and exit code 64', async () => {
		const { code, stderr } = await cli(['frobnicate']);
		expect(code).toBe(64);
		expect(stderr).toContain('Unknown command "frobnicate"');
		expect(stderr).toContain('npm run cli -- help');
	});

	it.runIf(!onPostgres)('migrates and loads the demo into a new PGlite directory, and a second load changes nothing', async () => {
		const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'sticisce-cli-')) };
		expect((await cli(['migrate'], env)).code).toBe(0);
		const first = await cli(['demo:load'], env);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('Created: grozd, iskra, nvo-vid, asociacija');
		const second = await cli(['demo:load'], env);
		expect(second.stdout).toContain('Created: none');
		expect(second.stdout).toContain('left unchanged: grozd, iskra, nvo-vid, asociacija');
	});
});

describe('CLI beside a running server', () => {
	let app: TestApp;
	beforeAll(async () => {
		app = await startTestApp();
	});
	afterAll(() => app.close());

	it.runIf(!onPostgres)('refuses to open the embedded database the server holds, and it stays intact', async () => {
		const { code, stderr } = await cli(['demo:load'], { DATA_DIR: app.dataDir });
		expect(code).toBe(75);
		expect(stderr).toContain('is in use by another process');
		expect(stderr).toContain('DATABASE_URL');
		const health = await (await fetch(`${app.url}/healthz`)).json();
		expect(health.status).toBe('ok');
		const { items } = await (await fetch(`${app.url}/api/v1/spaces`)).json();
		expect(items).toHaveLength(4);
	});

	it.runIf(onPostgres)('runs side by side with the server on PostgreSQL', async () => {
		const { code, stdout } = await cli(['demo:load'], { DATABASE_URL: app.databaseUrl });
		expect(code).toBe(0);
		expect(stdout).toContain('Created: none');
		const { items } = await (await fetch(`${app.url}/api/v1/spaces`)).json();
		expect(items).toHaveLength(4);
	});
});
