import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';

export const templateDatabaseName = (hash: string) => `sticisce_template_${hash}`;

function adminConnection(url: string) {
	return postgres(url, { max: 1, onnotice: () => {} });
}

function withDatabase(url: string, name: string): string {
	const next = new URL(url);
	next.pathname = `/${name}`;
	return next.toString();
}

/**
 * A fresh, fully migrated database for one test file: in-memory PGlite loaded from the migrated
 * template, or, when DATABASE_URL is set, a new PostgreSQL database copied from the template
 * database (dropped again on close).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	const url = process.env.DATABASE_URL;
	if (!url) {
		const template = process.env.STICISCE_TEST_PGLITE_TEMPLATE;
		if (!template) throw new Error('The global database setup did not run');
		return openPglite({ loadDataDir: new Blob([readFileSync(template)]) });
	}
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
	const admin = adminConnection(url);
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
	const admin = adminConnection(url);
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
	} finally {
		await admin.end();
	}
}
