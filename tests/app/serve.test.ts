import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/server-process.ts';

/** The production server as `npm start` runs it, in a process of its own, on its embedded PostgreSQL server. */
describe('production server process', () => {
	it('starts its embedded server in a new data directory without demo content when STICISCE_DEMO=0, serves, and stops both on SIGTERM', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-serve-'));
		const server = await startServerProcess({ DATA_DIR: dataDir, STICISCE_DEMO: '0' });
		let stopped: Promise<{ code: number | null }> | undefined;
		try {
			const health = await (await fetch(`${server.url}/healthz`)).json();
			expect(health).toMatchObject({ status: 'ok', database: 'embedded', version: expect.stringMatching(/^18\.\d+$/) });
			expect(health.checks).toMatchObject({ database: { status: 'ok' }, disk: { status: 'ok' } });
			expect((await (await fetch(`${server.url}/api/v1/spaces`)).json()).items).toEqual([]);
			expect(await (await fetch(`${server.url}/`)).text()).toContain('Na platformi še ni nobenega stičišča ali mreže.');
			expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
		} finally {
			// a failed expectation must not leave the server and its PostgreSQL server running
			stopped = server.stop('SIGTERM');
		}
		const { code } = await stopped;
		expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
	});
});
