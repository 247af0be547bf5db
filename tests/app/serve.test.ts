import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase } from '../support/database.ts';
import { collect } from '../support/processes.ts';

/** The production server as `npm start` runs it, in a process of its own. */
describe('production server process', () => {
	const adminUrl = process.env.DATABASE_URL;
	let dropDatabase = async () => {};
	afterAll(() => dropDatabase());

	it('starts without demo content when STICISCE_DEMO=0, serves, and stops cleanly on SIGTERM', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-serve-'));
		const env: NodeJS.ProcessEnv = { ...process.env, STICISCE_DEMO: '0', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir };
		if (adminUrl) {
			const database = await createPostgresDatabase(adminUrl);
			env.DATABASE_URL = database.url;
			dropDatabase = () => dropPostgresDatabase(adminUrl, database.name);
		}
		const server = spawn(process.execPath, ['scripts/serve.ts'], { env });
		const finished = collect(server);
		const url = await new Promise<string>((resolve, reject) => {
			let seen = '';
			server.stdout.on('data', (chunk) => {
				seen += chunk;
				const match = seen.match(/running on (http:\/\/\S+)/);
				if (match) resolve(match[1]!);
			});
			server.on('exit', () => reject(new Error(`server exited early: ${seen}`)));
		});

		const health = await (await fetch(`${url}/healthz`)).json();
		expect(health).toEqual({ status: 'ok', database: adminUrl ? 'postgresql' : 'pglite' });
		expect((await (await fetch(`${url}/api/v1/spaces`)).json()).items).toEqual([]);
		expect(await (await fetch(`${url}/`)).text()).toContain('Na platformi še ni nobenega stičišča ali mreže.');

		server.kill('SIGTERM');
		const { code } = await finished;
		expect(code).toBe(0);
		expect(existsSync(join(dataDir, 'sticisce.lock'))).toBe(false);
	});
});
