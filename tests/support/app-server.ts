import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServer, emitShutdown, importBuiltHandler, prepareAdapterEnv } from '../../scripts/server.js';
import { openPostgres, type Database } from '../../src/lib/server/db/client.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from './database.ts';

export type TestApp = {
	url: string;
	/** The app's DATA_DIR (its mail outbox). */
	dataDir: string;
	/** The PostgreSQL URL of this app's own database. */
	databaseUrl: string;
	close: () => Promise<void>;
};

/**
 * Boots the production build inside this test process, on a port of its own and a database of
 * its own, copied from the migrated template on the suite's server. One app per test file: the
 * built server keeps its database for the life of the process.
 */
export async function startTestApp(options: { seed?: (db: Database) => Promise<void> } = {}): Promise<TestApp> {
	const adminUrl = testServerUrl();
	const database = await createPostgresDatabase(adminUrl);
	process.env.DATABASE_URL = database.url;
	const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-app-'));
	process.env.DATA_DIR = dataDir;
	if (options.seed) {
		// in this process, on the app's database, before the server starts (it would load the demo into an empty one)
		const seeding = openPostgres({ url: database.url, max: 2 });
		try {
			await options.seed(seeding.db);
		} finally {
			await seeding.close();
		}
	}
	prepareAdapterEnv();
	const server = createAppServer(await importBuiltHandler());
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		dataDir,
		databaseUrl: database.url,
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			emitShutdown('test finished');
			process.env.DATABASE_URL = adminUrl;
			await dropPostgresDatabase(adminUrl, database.name);
		}
	};
}
