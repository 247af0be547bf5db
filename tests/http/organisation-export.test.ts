import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { exportAllowances } from '../../src/lib/server/organisations/import/export-limits.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { startTestApp, type TestApp } from '../support/app-server.ts';

let app: TestApp;
beforeAll(async () => {
	app = await startTestApp();
	const database = openPostgres({ url: app.databaseUrl });
	const input = { legalForm: 'association', aliases: [], fields: [], publicInterest: [], donationEligible: false };
	for (const name of ['=HYPERLINK("http://evil","x")', 'Društvo Izvoz']) {
		await createOrganisation({ db: database.db, context: { actor: cliActor, source: 'cli' }, input: { ...input, name } });
	}
	await database.close();
});
afterAll(() => app?.close());

const exportCsv = (prefix = '') => fetch(`${app.url}${prefix}/organisations/export?format=csv`);

describe('GET /organisations/export', () => {
	it('streams a CSV whose formula cells open as text', async () => {
		const response = await exportCsv();
		expect(response.status).toBe(200);
		// streamed as it is read, so its length is not known before the last row
		expect(response.headers.get('content-length')).toBeNull();
		expect(response.headers.get('transfer-encoding')).toBe('chunked');
		const csv = await response.text();
		expect(csv).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
		expect(csv).toContain(',Društvo Izvoz,');

		// the flavour that Excel set to Slovenian opens in columns: BOM, `;`, CRLF
		const excel = await fetch(`${app.url}/organisations/export?format=csv&flavour=excel-sl`);
		expect(excel.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = Buffer.from(await excel.arrayBuffer());
		expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const lines = bytes.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'registration_number;tax_number;name;short_name;legal_form;street;postal_code;city;municipality_code;email;website;fields;public_interest_fields'
		);
		expect(lines).toContain(';;Društvo Izvoz;;association;;;;;;;;');
		expect(lines.at(-1)).toBe('');
		expect(await (await fetch(`${app.url}/organisations`)).text()).toContain('href="/organisations/export?format=csv&amp;flavour=excel-sl"');
	});

	it('refuses an address past its exports per window with 429, Retry-After and a message in the visitor language', async () => {
		// the test above exported twice from this address
		for (let index = 2; index < exportAllowances.anonymous.perWindow; index++) {
			const response = await exportCsv();
			expect(response.status, `export ${index + 1}`).toBe(200);
			await response.arrayBuffer();
		}
		const refused = await exportCsv();
		expect(refused.status).toBe(429);
		const retryAfter = Number(refused.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(0);
		expect(retryAfter).toBeLessThanOrEqual(exportAllowances.anonymous.windowSeconds);
		expect(await refused.json()).toMatchObject({ code: 'export_rate_limited', message: 'Preveč izvozov v kratkem času. Poskusite znova čez 10 min.' });

		// the English directory links to the export in English
		expect(await (await fetch(`${app.url}/en/organisations`)).text()).toContain('href="/en/organisations/export?format=csv"');
		const inEnglish = await exportCsv('/en');
		expect(inEnglish.status).toBe(429);
		expect((await inEnglish.json()).message).toBe('Too many exports in a short time. Try again in 10 min.');
	});
});
