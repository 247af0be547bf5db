import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { runNode } from '../support/processes.ts';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runNode(['src/cli/main.ts', ...args], env);

describe('CLI', () => {
	it('explains its commands', async () => {
		const { code, stdout } = await cli(['help']);
		expect(code).toBe(0);
		for (const command of ['help', 'migrate', 'demo:load']) expect(stdout).toContain(command);
		expect(stdout).toContain('npm run cli -- <command>');
	});

	it('says its version, and each command its own usage and options, without opening the database', async () => {
		const version = await cli(['--version'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
		expect(version.code).toBe(0);
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
		const help = await cli(['users:create', '--help'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage: npm run cli -- users:create --email');
		expect(help.stdout).toContain('Create an account');
		for (const option of ['--email VALUE', '--name VALUE', '--admin', '--help, -h']) expect(help.stdout).toContain(option);
		expect((await cli(['help'])).stdout).toContain('--version');
	});

	it('refuses an unknown command with a hint and exit code 64', async () => {
		const { code, stderr } = await cli(['frobnicate']);
		expect(code).toBe(64);
		expect(stderr).toContain('Unknown command "frobnicate"');
		expect(stderr).toContain('npm run cli -- help');
	});

	it('starts the embedded server of a new data directory, migrates, loads the demo once, and stops the server again', async () => {
		const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'sticisce-cli-')), DATABASE_URL: '' };
		expect((await cli(['migrate'], env)).code).toBe(0);
		const first = await cli(['demo:load'], env);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('spaces: added grozd, iskra, nvo-vid, asociacija;');
		expect(first.stdout).toMatch(/organisations: added \d+; already present, left unchanged: none/);
		const second = await cli(['demo:load'], env);
		expect(second.stdout).toContain('spaces: added none; already present, left unchanged: grozd, iskra, nvo-vid, asociacija');
		expect(second.stdout).toContain('organisations: added none;');
		// the CLI started the server for itself, so it stopped it when done
		expect(existsSync(join(env.DATA_DIR, 'postgres', 'PG_VERSION'))).toBe(true);
		expect(existsSync(join(env.DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);
	}, 90_000);
});

describe('CLI beside a running server', () => {
	let app: TestApp;
	beforeAll(async () => {
		app = await startTestApp();
	});
	afterAll(() => app.close());

	it('runs side by side with the server', async () => {
		const { code, stdout } = await cli(['demo:load'], { DATABASE_URL: app.databaseUrl });
		expect(code).toBe(0);
		expect(stdout).toContain('spaces: added none;');
		const { items } = await (await fetch(`${app.url}/api/v1/spaces`)).json();
		expect(items).toHaveLength(4);
	});
});
