import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connection.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { zipBombWorkbook } from '../support/xlsx-files.ts';

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

beforeAll(async () => {
	people = await startPeopleApp();
	sql = connect(people.app.databaseUrl, { max: 2 });
});
afterAll(async () => {
	await sql?.end();
	await people?.app.close();
});

const post = (path: string, body: FormData | URLSearchParams) =>
	fetch(`${people.app.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie: people.cookies.staff!, origin: people.app.url, accept: 'text/html' },
		body
	});
const upload = (name: string, content: string | Buffer) => {
	const form = new FormData();
	form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
	return post('/app/organisations/import', form);
};
const textOf = async (response: Response) => mainText(await response.text());

describe('bounded uploads', () => {
	it('refuses three zip bombs uploaded at once, each with the limit, while /healthz keeps answering', async () => {
		const bomb = zipBombWorkbook();
		const uploads = [1, 2, 3].map(() => upload('bomb.xlsx', bomb));
		const asked = Date.now();
		const health = await fetch(`${people.app.url}/healthz`);
		expect(health.status).toBe(200);
		expect(Date.now() - asked).toBeLessThan(1000);
		for (const response of await Promise.all(uploads)) {
			expect(response.status).toBe(400);
			expect(await textOf(response)).toContain('Delovni zvezek je razpakiran večji od 200 MB.');
		}
		expect((await fetch(`${people.app.url}/healthz`)).status).toBe(200);
	});

	it('refuses a file past the row limit with the limit, and stores nothing of it', async () => {
		const before = await sql`select count(*)::int as count from organisation_imports`;
		const response = await upload('many.csv', organisationsCsv(7_000_000, 150_000));
		expect(response.status).toBe(400);
		expect(await textOf(response)).toContain('Datoteka ima več vrstic, kot jih uvoz sprejme (največ 100.000).');
		expect(await sql`select count(*)::int as count from organisation_imports`).toEqual(before);
	});
});
