import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../support/database.ts';
import { runNode } from '../support/processes.ts';

const header =
	'registration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields';

// every command is a new process that opens the database anew, so these tests take their time
describe('npm run cli -- import / export organisations', { timeout: 180_000 }, () => {
	const folder = mkdtempSync(join(tmpdir(), 'sticisce-registry-files-'));
	const file = (name: string, text: string) => {
		const path = join(folder, name);
		writeFileSync(path, text);
		return path;
	};
	let env: NodeJS.ProcessEnv;
	let dropDatabase = async () => {};
	const cli = (...args: string[]) => runNode(['src/cli/main.ts', ...args], env);

	beforeAll(async () => {
		const adminUrl = testServerUrl();
		const database = await createPostgresDatabase(adminUrl);
		env = { DATABASE_URL: database.url };
		dropDatabase = () => dropPostgresDatabase(adminUrl, database.name);
	});
	afterAll(() => dropDatabase());

	const rows = Array.from(
		{ length: 2500 },
		(_, index) => `${4_100_000 + index},,Društvo številka ${index},,association,,,,${index % 2 ? '052' : '061'},,,culture,`
	);
	const good = file('good.csv', [header, ...rows].join('\n'));
	const exported = join(folder, 'gorenjska.csv');

	it('checks a file on a dry run, with progress on stderr, and writes nothing', async () => {
		const run = await cli('import', 'organisations', good, '--dry-run');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Rows: 2500 (2500 new, 0 changed, 0 unchanged).');
		expect(run.stdout).toContain('Dry run: nothing was written.');
		expect(run.stderr.split('\n').filter((line) => line.startsWith('Checking'))).toEqual([
			'Checking 0 % (0 of 2500 rows)',
			'Checking 40 % (1000 of 2500 rows)',
			'Checking 80 % (2000 of 2500 rows)',
			'Checking 100 % (2500 of 2500 rows)'
		]);
		expect((await cli('import', 'organisations', good, '--dry-run')).stdout).toContain('2500 new');
	});

	it('names each rejected row and exits with 65, writing nothing', async () => {
		const bad = file('bad.csv', [header, rows[0], '41,,Kratka matična,,association,,,,,,,,', `${4_100_002},,Neznana oblika,,sect,,,,,,,,`].join('\n'));
		const run = await cli('import', 'organisations', bad);
		expect(run.code).toBe(65);
		expect(run.stderr).toContain('line 3: registration_number ("41"): The registration number must have 7 or 10 digits.');
		expect(run.stderr).toContain('line 4: legal_form ("sect"): Unknown legal form');
		expect(run.stdout).toContain('2 problems in the rows: nothing was written.');
		expect((await cli('import', 'organisations', good, '--dry-run')).stdout).toContain('2500 new');
	});

	it('imports, exports a filtered CSV and XLSX, and the export imports back unchanged', async () => {
		const run = await cli('import', 'organisations', good);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Imported.');
		expect(run.stderr).toContain('Importing 100 % (2500 of 2500 rows)');

		const exportRun = await cli('export', 'organisations', exported, '--region', 'SI042', '--legal-form', 'association');
		expect(exportRun.code).toBe(0);
		const content = readFileSync(exported);
		expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = content.subarray(3).toString('utf8').trim().split('\r\n');
		expect(lines[0]).toBe(header);
		expect(lines).toHaveLength(1 + 1250);
		expect(lines.slice(1).every((line) => line.includes(',052,'))).toBe(true);

		const again = await cli('import', 'organisations', exported);
		expect(again.stdout).toContain('Rows: 1250 (0 new, 0 changed, 1250 unchanged).');

		const workbook = join(folder, 'all.xlsx');
		expect((await cli('export', 'organisations', workbook, '--q', 'drustvo stevilka 24')).code).toBe(0);
		expect(readFileSync(workbook).subarray(0, 2).toString()).toBe('PK');
		expect((await cli('import', 'organisations', workbook)).stdout).toMatch(/Rows: \d+ \(0 new, 0 changed, \d+ unchanged\)/);
	});

	it('reads another layout through --map and refuses wrong usage', async () => {
		const other = file('other.csv', 'Naziv;Oblika\nZavod Preslikava;zavod\n');
		const unmapped = await cli('import', 'organisations', other);
		expect(unmapped.code).toBe(65);
		expect(unmapped.stderr).toContain('map them to ours');
		const mapped = await cli('import', 'organisations', other, '--map', 'name=Naziv,legal_form=Oblika');
		expect(mapped.code).toBe(0);
		expect(mapped.stdout).toContain('1 new');
		expect((await cli('import', 'people', other)).code).toBe(64);
		expect((await cli('export', 'organisations', join(folder, 'list.txt'))).code).toBe(64);
	});

	it('imports a Windows-1250 CSV from Excel in Slovenian and an AJPES PRS extract without a garbled letter or a lost house number', async () => {
		const excel = await cli('import', 'organisations', 'tests/fixtures/imports/excel-sl-windows-1250.csv');
		expect(excel.code).toBe(0);
		expect(excel.stdout).toContain('Rows: 3 (3 new, 0 changed, 0 unchanged).');

		const prs = 'tests/fixtures/imports/ajpes-prs-windows-1250.csv';
		const allOrNothing = await cli('import', 'organisations', prs);
		expect(allOrNothing.code).toBe(65);
		expect(allOrNothing.stderr).toContain(
			'line 3: registration_number ("5112345001"): This is a branch (poslovna enota) of the organisation with the registration number: 5112345.'
		);
		const goodRows = await cli('import', 'organisations', prs, '--skip-rejected');
		expect(goodRows.code).toBe(0);
		expect(goodRows.stdout).toContain('Rows: 5 (3 new, 0 changed, 1 unchanged).');
		expect(goodRows.stdout).toContain('1 rejected rows left out: the other rows were imported.');

		const out = join(folder, 'zalec.csv');
		expect((await cli('export', 'organisations', out, '--q', 'zalec', '--flavour', 'excel-sl')).code).toBe(0);
		const text = readFileSync(out, 'utf8');
		expect(text).not.toContain('\uFFFD');
		expect(text).toContain('\r\n4012345;;Zveza društev upokojencev Žalec;ZDU Žalec;federation;Savinjska cesta 3;3310;Žalec;190;');
		expect(text).toContain('\r\n5112345;34567895;PLANINSKO DRUŠTVO ŽALEC;PD ŽALEC;association;Savinjska cesta 5a;3310;Žalec;190;');

		const utf16 = file('utf16.csv', '');
		writeFileSync(utf16, Buffer.from('\uFEFFname,legal_form\r\nDruštvo,association\r\n', 'utf16le'));
		const refused = await cli('import', 'organisations', utf16);
		expect(refused.code).not.toBe(0);
		expect(refused.stderr).toContain('neither UTF-8 nor Windows-1250');
	});
});
