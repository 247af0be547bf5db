import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServer, emitShutdown, importBuiltHandler, prepareAdapterEnv } from '../../scripts/server.ts';
import { createPostgresDatabase, dropPostgresDatabase } from './database.ts';

export type TestApp = {
	url: string;
	/** The PGlite directory the server holds (undefined on PostgreSQL). */
	dataDir: string | undefined;
	/** The PostgreSQL URL of this app's own database (undefined on PGlite). */
	databaseUrl: string | undefined;
	close: () => Promise<void>;
};

/**
 * Boots the production build inside this test process, on a port of its own and a database of
 * its own: a fresh PGlite directory (first start: initdb, migrations, demo content), or, when
 * DATABASE_URL is set, a new PostgreSQL database copied from the migrated template. One app per
 * test file: the built server keeps its database for the life of the process.
 */
export async function startTestApp(options: { prepare?: () => Promise<void> } = {}): Promise<TestApp> {
	let dataDir: string | undefined;
	let database: { name: string; url: string } | undefined;
	const adminUrl = process.env.DATABASE_URL;
	if (adminUrl) {
		database = await createPostgresDatabase(adminUrl);
		process.env.DATABASE_URL = database.url;
	} else {
		dataDir = mkdtempSync(join(tmpdir(), 'sticisce-app-'));
		process.env.DATA_DIR = dataDir;
	}
	// e.g. seeding people through a child process, before this process holds the database
	await options.prepare?.();
	prepareAdapterEnv();
	const server = createAppServer(await importBuiltHandler());
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		dataDir,
		databaseUrl: database?.url,
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			emitShutdown('test finished');
			if (adminUrl && database) {
				process.env.DATABASE_URL = adminUrl;
				await dropPostgresDatabase(adminUrl, database.name);
			}
		}
	};
}
