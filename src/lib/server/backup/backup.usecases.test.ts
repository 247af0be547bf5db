import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth } from '../../../../tests/support/auth.ts';
import { createPostgresDatabase, createTestDatabase, dropPostgresDatabase, testServerUrl } from '../../../../tests/support/database.ts';
import { createUser } from '../auth/auth.usecases.ts';
import { signIn } from '../auth/sign-in.usecases.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { connect } from '../db/connection.ts';
import { loadDemoContentIfEmpty } from '../demo/demo.usecases.ts';
import { enqueueJob } from '../jobs/jobs.usecases.ts';
import { uploadLogo } from '../organisations/logo/logo.usecases.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { createPerson, recordConsent } from '../people/people.usecases.ts';
import { cliActor } from '../policy/actor.ts';
import { archiveEntries, manifestName, writeArchive } from './archive.ts';
import { backupDatabase } from './backup.usecases.ts';
import { applyMigrations, localMigrations } from './migrations.ts';
import { restoreBackup } from './restore.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const folder = mkdtempSync(join(tmpdir(), 'sticisce-backup-test-'));

/** Every table's row count and a digest of its full content (generated columns included), plus sequences and drizzle's history. */
async function contentOf(url: string) {
	const client = connect(url, { max: 1 });
	try {
		const tables = await client<{ schema: string; name: string }[]>`select schemaname as schema, tablename as name from pg_tables
			where schemaname not in ('pg_catalog', 'information_schema', 'drizzle') order by 1, 2`;
		const content: Record<string, { rows: number; digest: string }> = {};
		for (const { schema, name } of tables) {
			const [row] = await client.unsafe(
				`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest from "${schema}"."${name}" t`
			);
			content[`${schema}.${name}`] = { rows: row!.rows, digest: row!.digest };
		}
		const sequences = await client`select schemaname, sequencename, last_value::text from pg_sequences where schemaname <> 'drizzle' order by 1, 2`;
		const migrations = await client`select hash, created_at::text from drizzle.__drizzle_migrations order by created_at`.catch(() => []);
		return { content, sequences: [...sequences], migrations: [...migrations] };
	} finally {
		await client.end();
	}
}

async function emptyDatabase() {
	const adminUrl = testServerUrl();
	const created = await createPostgresDatabase(adminUrl, { empty: true });
	return { url: created.url, drop: () => dropPostgresDatabase(adminUrl, created.name) };
}

describe('backup and restore', { timeout: 120_000 }, () => {
	let source: DatabaseHandle;
	const cleanups: (() => Promise<void>)[] = [];

	beforeAll(async () => {
		source = await createTestDatabase();
		const db = source.db;
		await loadDemoContentIfEmpty({ db });
		const organisation = await createOrganisation({ db, context: cli, input: { name: 'Zavod Varnostna kopija', legalForm: 'private_institute' } });
		await uploadLogo({ db, context: cli, organisationId: organisation.id, content: new Uint8Array(readFileSync('tests/fixtures/logos/logo.png')) });
		const person = await createPerson({
			db,
			context: cli,
			input: {
				name: 'Špela Kopač',
				email: 'spela@example.si',
				affiliations: [{ organisationId: organisation.id, role: 'direktorica', since: '2020-01-01' }],
				consents: [{ purpose: 'newsletter', granted: true }]
			}
		});
		await recordConsent({ db, context: cli, personId: person.id, input: { purpose: 'data_processing', granted: true } });
		await enqueueJob({ db, kind: 'mail', payload: { to: 'ana@example.si', text: 'Tab\there, a newline\nand a backslash \\' } });
		const { auth } = createTestAuth(source);
		await createUser({ db, auth, context: cli, input: { email: 'ana@example.si', name: 'Ana Novak', password: 'correct horse battery' } });
		await signIn({ db, auth, input: { email: 'ana@example.si', password: 'correct horse battery' }, address: '10.0.0.1', headers: new Headers() });
	});
	afterAll(async () => {
		for (const cleanup of cleanups) await cleanup();
		await source.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('restores a snapshot of one moment, identical table by table, while the source keeps changing', async () => {
		const before = await contentOf(source.url);
		// the rows that matter are there, so an empty round trip cannot pass
		for (const table of [
			'spaces',
			'organisations',
			'organisation_logos',
			'people',
			'affiliations',
			'consents',
			'projects',
			'project_organisations',
			'audit_log',
			'jobs',
			'users',
			'accounts',
			'sessions',
			'fields_of_work'
		]) {
			expect(before.content[`public.${table}`]?.rows, table).toBeGreaterThan(0);
		}
		const file = join(folder, 'demo.tar.gz');
		const progress: string[] = [];
		let wroteMeanwhile = false;
		const backup = await backupDatabase({
			databaseUrl: source.url,
			file,
			onProgress: async ({ name }) => {
				progress.push(name);
				if (wroteMeanwhile) return;
				wroteMeanwhile = true;
				// the server keeps writing while the backup runs: none of it may reach the backup
				await createPerson({ db: source.db, context: cli, input: { name: 'Written during the backup' } });
			}
		});
		expect((await contentOf(source.url)).content['public.people']!.rows).toBe(before.content['public.people']!.rows + 1);
		expect(progress).toContain('public.organisation_logos');
		expect(progress).not.toContain('drizzle.__drizzle_migrations');
		expect(backup.manifest.tables.find((table) => table.name === 'organisations')!.columns).not.toContain('search_vector');
		expect(backup.migration).toBe(localMigrations().at(-1)!.tag);

		const target = await emptyDatabase();
		cleanups.push(target.drop);
		const restored = await restoreBackup({ databaseUrl: target.url, file });
		expect(restored).toMatchObject({ tables: backup.tables, rows: backup.rows, migrationsAfter: 0 });
		expect(await contentOf(target.url)).toEqual(before);

		// restoring twice would mix two platforms: the target is not empty any more
		await expect(restoreBackup({ databaseUrl: target.url, file })).rejects.toMatchObject({ code: 'restore_target_not_empty' });
		const migrated = await createTestDatabase();
		cleanups.push(migrated.close);
		await expect(restoreBackup({ databaseUrl: migrated.url, file })).rejects.toMatchObject({ code: 'restore_target_not_empty' });
	});

	it('restores a backup of an older schema and runs the later migrations after the load', async () => {
		const old = await emptyDatabase();
		cleanups.push(old.drop);
		const client = connect(old.url, { max: 1 });
		try {
			// 0005 fills the fields of work; the later ones come after the restore
			await client.begin(async (sql) => {
				await applyMigrations(sql, 6);
				await sql`update fields_of_work set position = position + 100 where code = 'culture'`;
			});
		} finally {
			await client.end();
		}
		const file = join(folder, 'old.tar.gz');
		expect((await backupDatabase({ databaseUrl: old.url, file })).migration).toBe('0005_fields_of_work_defaults');

		const target = await emptyDatabase();
		cleanups.push(target.drop);
		const restored = await restoreBackup({ databaseUrl: target.url, file });
		expect(restored).toMatchObject({ backupMigration: '0005_fields_of_work_defaults', migrationsAfter: localMigrations().length - 6 });
		const after = await contentOf(target.url);
		expect(after.migrations).toEqual((await contentOf(source.url)).migrations);
		expect(after.content['public.fields_of_work']).toEqual((await contentOf(old.url)).content['public.fields_of_work']);
	});

	it('refuses a backup from a newer schema, one whose migration differs, and a file that is no backup, leaving the target empty', async () => {
		const changed = await createTestDatabase();
		cleanups.push(changed.close);
		const client = connect(changed.url, { max: 1 });
		const target = await emptyDatabase();
		cleanups.push(target.drop);
		try {
			await client`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', ${Date.now() + 86_400_000})`;
			const newer = join(folder, 'newer.tar.gz');
			await backupDatabase({ databaseUrl: changed.url, file: newer });
			await expect(restoreBackup({ databaseUrl: target.url, file: newer })).rejects.toMatchObject({
				code: 'backup_schema_too_new',
				message: expect.stringContaining('Update Stičišče first')
			});

			await client`delete from drizzle.__drizzle_migrations where hash = 'from-the-future'`;
			await client`update drizzle.__drizzle_migrations set hash = 'edited' where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`;
			const edited = join(folder, 'edited.tar.gz');
			await backupDatabase({ databaseUrl: changed.url, file: edited });
			await expect(restoreBackup({ databaseUrl: target.url, file: edited })).rejects.toMatchObject({ code: 'backup_migration_differs' });
		} finally {
			await client.end();
		}
		// a row the schema refuses: the restore names the table and rolls back instead of hanging
		const good = join(folder, 'good.tar.gz');
		const { manifest } = await backupDatabase({ databaseUrl: source.url, file: good });
		const files = new Map<string, string>();
		for await (const entry of archiveEntries(good)) {
			const chunks: Buffer[] = [];
			for await (const chunk of entry) chunks.push(chunk as Buffer);
			if (entry.header.name === manifestName) continue;
			const path = join(folder, `${files.size}.copy`);
			const text = Buffer.concat(chunks).toString('utf8');
			writeFileSync(path, entry.header.name.endsWith('.spaces.copy') ? text.replace(/^[0-9a-f-]{36}/, 'not-a-uuid') : text);
			files.set(entry.header.name, path);
		}
		const damaged = join(folder, 'damaged.tar.gz');
		await writeArchive(damaged, manifest, files);
		await expect(restoreBackup({ databaseUrl: target.url, file: damaged })).rejects.toMatchObject({
			code: 'backup_damaged',
			message: expect.stringContaining('public.spaces could not be loaded (invalid input syntax for type uuid')
		});

		const text = join(folder, 'notes.tar.gz');
		writeFileSync(text, 'not a backup');
		await expect(restoreBackup({ databaseUrl: target.url, file: text })).rejects.toMatchObject({ code: 'backup_unreadable' });
		// the refused restores left the database empty: another try may follow
		expect((await contentOf(target.url)).content).toEqual({});
	});
});
