import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from './client.ts';
import { checkHealth, healthLimits } from './health.ts';

describe('health check', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('is ok when the database answers and the disk has room', async () => {
		const health = await checkHealth(database, tmpdir());
		expect(health).toMatchObject({
			status: 'ok',
			database: 'postgresql',
			version: expect.stringMatching(/^\d+\.\d+$/),
			checks: { database: { status: 'ok' }, disk: { status: 'ok', freeBytes: expect.any(Number) } }
		});
	});

	it('names the disk when it is nearly full, and checks the disk a data directory not created yet will be on', async () => {
		const full = await checkHealth(database, tmpdir(), { ...healthLimits, minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
		expect(full.status).toBe('failing');
		expect(full.checks.database.status).toBe('ok');
		expect(full.checks.disk).toMatchObject({ status: 'failing', message: expect.stringMatching(/^The disk of the data directory has \d+ MB free/) });
		// not created yet (nothing written to it on an external server): the disk it will be on counts
		const notYet = await checkHealth(database, join(tmpdir(), 'sticisce-not-created', 'data'));
		expect(notYet.checks.disk).toMatchObject({ status: 'ok', freeBytes: expect.any(Number) });
		// a file stands where a folder of the path should be
		const blocked = await checkHealth(database, join('package.json', 'data'));
		expect(blocked.checks.disk).toEqual({ status: 'failing', message: 'The data directory cannot be checked: ENOTDIR.' });
	});

	it('fails the database check when no answer comes in time', async () => {
		// both connections of the test pool are busy for a second
		const busy = Promise.all([database.db.execute(sql`select pg_sleep(1)`), database.db.execute(sql`select pg_sleep(1)`)]);
		const health = await checkHealth(database, tmpdir(), { ...healthLimits, databaseTimeoutMs: 200 });
		expect(health.status).toBe('failing');
		expect(health.checks.database).toEqual({ status: 'failing', message: 'The database does not answer: no answer within 200 ms.' });
		expect(health).not.toHaveProperty('version');
		await busy;
	});
});
