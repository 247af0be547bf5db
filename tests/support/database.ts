import { randomBytes } from 'node:crypto';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { connect } from '../../src/lib/server/db/connection.ts';

export const templateDatabaseName = (hash: string) => `sticisce_template_${hash}`;

/** The server the suite runs on: DATABASE_URL as the global setup left it. */
export function testServerUrl(): string {
	const url = process.env.DATABASE_URL;
	if (!url) throw new Error('The global database setup did not run');
	return url;
}

function withDatabase(url: string, name: string): string {
	const next = new URL(url);
	next.pathname = `/${name}`;
	return next.toString();
}

/** A fresh, fully migrated database for one test file, copied from the template and dropped on close. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	const url = testServerUrl();
	const { name, url: databaseUrl } = await createPostgresDatabase(url);
	const database = openPostgres({ url: databaseUrl, max: 2 });
	return {
		...database,
		close: async () => {
			await database.close();
			await dropPostgresDatabase(url, name);
		}
	};
}

/**
 * A new database copied from the migrated template (for tests that boot the whole app on it), or
 * with `empty`, one that no migration has touched.
 */
export async function createPostgresDatabase(url: string, options: { empty?: boolean } = {}): Promise<{ name: string; url: string }> {
	const hash = process.env.STICISCE_TEST_TEMPLATE_HASH;
	if (!hash) throw new Error('The global database setup did not run');
	const name = `sticisce_test_${randomBytes(6).toString('hex')}`;
	const template = options.empty ? '' : ` template "${templateDatabaseName(hash)}"`;
	const admin = connect(url, { max: 1 });
	try {
		// CREATE DATABASE … TEMPLATE fails while another session copies the same template: retry
		for (let attempt = 0; ; attempt++) {
			try {
				await admin.unsafe(`create database "${name}"${template}`);
				break;
			} catch (error) {
				if ((error as { code?: string }).code !== '55006' || attempt > 20) throw error;
				await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
			}
		}
	} finally {
		await admin.end();
	}
	return { name, url: withDatabase(url, name) };
}

export async function dropPostgresDatabase(url: string, name: string): Promise<void> {
	const admin = connect(url, { max: 1 });
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
	} finally {
		await admin.end();
	}
}
