import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { runNode } from '../support/processes.ts';
import { seedDuplicates, type DuplicatesFixture } from '../support/seed-duplicates.ts';

describe('duplicates on the command line', () => {
	const cli = (args: string[]) => runNode(['src/cli/main.ts', ...args], env);
	let env: NodeJS.ProcessEnv;
	let cleanup = async () => {};
	let fixture: DuplicatesFixture;

	beforeAll(async () => {
		const adminUrl = testServerUrl();
		const database = await createPostgresDatabase(adminUrl);
		env = { DATABASE_URL: database.url };
		cleanup = () => dropPostgresDatabase(adminUrl, database.name);
		const seeding = openPostgres({ url: database.url, max: 1 });
		try {
			fixture = await seedDuplicates(seeding.db);
		} finally {
			await seeding.close();
		}
	});
	afterAll(() => cleanup());

	it('lists the pairs with their reasons and ids', async () => {
		const { code, stdout } = await cli(['organisations:duplicates', '--limit', '10']);
		expect(code).toBe(0);
		expect(stdout).toContain('duplicate (same_tax_number, similar_name; score 1.00)');
		expect(stdout).toContain(fixture.sameTaxNumber[1]);
		expect(stdout).toContain('Zavod Pegam Ljubljana, mat. 9100002');
		expect(stdout).toContain('2 of 2 pairs');
	});

	// four CLI processes, each opening and migrating the database
	it('refuses a merge of two registration numbers (exit 65) and a missing id (exit 64), then merges with --force', { timeout: 120_000 }, async () => {
		const [keep, merge] = fixture.differentNumbers;
		const refused = await cli(['organisations:merge', '--keep', keep, '--merge', merge]);
		expect(refused.code).toBe(65);
		expect(refused.stderr).toContain('different registration numbers (9100001 and 9100002)');
		expect((await cli(['organisations:merge', '--keep', keep])).code).toBe(64);
		const forced = await cli(['organisations:merge', '--keep', keep, '--merge', merge, '--force']);
		expect(forced.code).toBe(0);
		expect(forced.stdout).toContain(`Merged ${merge} into ${keep} (Zavod Pegam).`);
		const after = await cli(['organisations:duplicates']);
		expect(after.stdout).toContain('1 of 1 pairs');
		expect(after.stdout).not.toContain('Pegam');
	});
});
