import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../connection.ts';
import { openEmbeddedCluster } from './cluster.ts';

// the run on an external server (CI's second) skips it: it starts an embedded server of its own
describe.runIf(process.env.STICISCE_TEST_SERVER === 'embedded')('embedded PostgreSQL server', () => {
	it('listens only on a socket, in the temp folder when the data directory is too deep for a socket path, and stops when released', async () => {
		const dataDir = join(tmpdir(), `sticisce-deep-${randomBytes(4).toString('hex')}`, 'd'.repeat(90));
		const cluster = await openEmbeddedCluster({ dataDir, database: 'probe' });
		const url = cluster.urlFor('probe');
		const socketDir = new URL(url).searchParams.get('host')!;
		expect(socketDir.startsWith(join(tmpdir(), 'sticisce-'))).toBe(true);
		expect(Buffer.byteLength(join(socketDir, '.s.PGSQL.5432'))).toBeLessThanOrEqual(107);

		const sql = connect(url, { max: 1 });
		try {
			const [row] = await sql`select current_database() as database, current_setting('listen_addresses') as tcp,
				current_setting('shared_buffers') as buffers, current_setting('server_version_num')::int as version`;
			expect(row).toEqual({ database: 'probe', tcp: '', buffers: '32MB', version: expect.any(Number) });
			expect(row!.version).toBeGreaterThanOrEqual(180000);
		} finally {
			await sql.end();
		}
		await cluster.release();
		expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
	});
});
