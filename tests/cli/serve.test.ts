import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connection.ts';
import { socketUrl } from '../../src/lib/server/db/embedded/cluster.ts';
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
		// a stop asked for is a clean exit, which systemd does not count as a failure
		expect(code).toBe(0);
		expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
	});

	it('on SIGTERM finishes the requests under way, even those whose client left, before it closes its database', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-serve-'));
		const server = await startServerProcess({ DATA_DIR: dataDir });
		// the directory's requests wait on a lock held here, so they are still under way at SIGTERM
		const locker = connect(socketUrl(join(dataDir, 'postgres'), 'sticisce'), { max: 1, applicationName: 'test-lock' });
		const leaving = new AbortController();
		let stopped: ReturnType<typeof server.stop> | undefined;
		try {
			await locker.begin(async (transaction) => {
				await transaction`lock table organisations in access exclusive mode`;
				const ask = (page: number, signal: AbortSignal) =>
					fetch(`${server.url}/organisations?q=d&page=${page}`, { signal }).then((response) => response.status);
				const abandoned = Array.from({ length: 20 }, (_, index) => ask(index + 1, leaving.signal).catch(() => 'left'));
				await new Promise((resolve) => setTimeout(resolve, 300));
				stopped = server.stop('SIGTERM');
				// clients that stop waiting, as a load generator does at the end of its run
				leaving.abort();
				await Promise.all(abandoned);
				await new Promise((resolve) => setTimeout(resolve, 500));
			});
		} finally {
			await locker.end();
		}
		const { code, stderr } = await stopped!;
		expect(code).toBe(0);
		// before: once the clients' connections closed, the app closed its database under their
		// requests (their queries failed, in the log) and those requests started a second app
		expect(stderr).not.toMatch(/failed|did not stop/);
		expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
	});
});
