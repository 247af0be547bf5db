import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connection.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

/*
 * An import whose server was killed mid-way: the job runners here are production server processes
 * (`scripts/serve.js`) on the database of the in-process app, started and killed by the test.
 */
const header =
	'registration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields';

function organisationsCsv(first: number, count: number): string {
	const rows = Array.from(
		{ length: count },
		(_, index) => `${first + index},,Društvo varno ${first + index},,association,Glavna cesta 1,4000,Kranj,052,,,culture,`
	);
	return `${[header, ...rows].join('\n')}\n`;
}

let people: PeopleApp;
let sql: postgres.Sql;
const children: ServerProcess[] = [];

beforeAll(async () => {
	// pages only: the job runners of this file are the server processes it starts and kills
	process.env.JOB_RUNNER = 'off';
	people = await startPeopleApp();
	sql = connect(people.app.databaseUrl, { max: 2 });
});
afterAll(async () => {
	for (const child of children) await child.stop('SIGTERM').catch(() => undefined);
	await sql?.end();
	await people?.app.close();
	delete process.env.JOB_RUNNER;
});

const post = (path: string, body: FormData | URLSearchParams) =>
	fetch(`${people.app.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie: people.cookies.staff!, origin: people.app.url, accept: 'text/html' },
		body
	});
const get = (path: string) => fetch(`${people.app.url}${path}`, { redirect: 'manual', headers: { cookie: people.cookies.staff! } });
const upload = (name: string, content: string | Buffer) => {
	const form = new FormData();
	form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
	return post('/app/organisations/import', form);
};
const textOf = async (response: Response) => mainText(await response.text());

describe('an import whose server was killed', () => {
	const startRunner = async () => {
		const child = await startServerProcess({
			DATABASE_URL: people.app.databaseUrl,
			DATA_DIR: mkdtempSync(join(tmpdir(), 'sticisce-runner-')),
			JOB_RUNNER: 'inline'
		});
		children.push(child);
		return child;
	};
	const importRow = async (id: string) => (await sql`select status, problems from organisation_imports where id = ${id}`)[0]!;

	it('is marked interrupted at the next start, not run again, and its page says so', async () => {
		const previewed = await upload('whole-registry.csv', organisationsCsv(7_500_000, 30_000));
		expect(previewed.status).toBe(303);
		const location = previewed.headers.get('location')!;
		const importId = location.split('/').at(-1)!;
		expect((await post(`${location}?/start`, new URLSearchParams())).status).toBe(303);

		const first = await startRunner();
		for (let attempt = 0; (await importRow(importId)).status !== 'running'; attempt++) {
			if (attempt > 600) throw new Error('the import never started');
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await first.stop('SIGKILL');
		// nobody is left to notice: the import looks as if it ran on
		expect((await importRow(importId)).status).toBe('running');
		expect(await textOf(await get(location))).toContain('Uvoz poteka');

		await startRunner();
		for (let attempt = 0; (await importRow(importId)).status === 'running'; attempt++) {
			if (attempt > 300) throw new Error('the next start did not notice the interrupted import');
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		expect(await importRow(importId)).toMatchObject({ status: 'failed', problems: [{ line: 0, code: 'import_interrupted' }] });
		const [job] = await sql`select status, attempts, last_error from jobs where payload ->> 'importId' = ${importId}`;
		expect(job).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringContaining('Interrupted') });
		// its one attempt was the killed one: nothing of the file was written, and it does not run again
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect((await sql`select count(*)::int as count from organisations where name like 'Društvo varno %'`)[0]!.count).toBe(0);
		expect((await importRow(importId)).status).toBe('failed');
		const page = await textOf(await get(location));
		expect(page).toContain('Uvoz je bil prekinjen, ker se je strežnik med uvozom ustavil.');
		expect(page).toContain('Naložite datoteko znova');
	}, 120_000);
});
