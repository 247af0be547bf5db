import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { zipEntries } from '../../../../../tests/support/zip-entries.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { createIndicator, enterActual, stepActual } from '../indicators/indicators.usecases.ts';
import { listProjects } from '../projects.usecases.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { projectReportDocx } from './project-report.docx.ts';
import { getProjectReport, type ProjectReport } from './project-report.usecases.ts';

const png = new Uint8Array(readFileSync('tests/fixtures/logos/logo.png'));
/** The text of a Word document's body, run by run, with a newline after each paragraph. */
const textOf = (xml: string) =>
	xml
		.replace(/<\/w:p>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/\u00a0/g, ' ');

describe('project report as DOCX', () => {
	let database: DatabaseHandle;
	let report: ProjectReport;
	let files: Map<string, Buffer>;
	let xml: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		const space = await findSpaceRef(database.db, 'nvo-vid');
		// seed 001: 4 trainings and workshops held, of (say) 5 planned, approved by staff
		const projectId = (await listProjects({ db: database.db, actor: anonymous, space }))[0]!.id;
		const cli = { actor: cliActor, source: 'cli' } as const;
		const input = { name: { sl: 'Izvedena izobraževanja in delavnice' }, unit: 'izobraževanj', target: 5, measure: 'cumulative', every: 'year' };
		const indicator = await createIndicator({ db: database.db, context: cli, projectId, input });
		const scope = { db: database.db, context: cli, projectId, indicatorId: indicator.id };
		const actual = await enterActual({ ...scope, input: { periodStartsOn: '2018-10-01', value: 4 } });
		await stepActual({ ...scope, actualId: actual.id, input: { status: 'submitted' } });
		await stepActual({ ...scope, actualId: actual.id, input: { status: 'approved' } });
		report = await getProjectReport({ db: database.db, actor: anonymous, space, slug: 'pro-nvo-vid' });
		const cover = {
			alt: { sl: 'Udeleženci dneva' },
			credit: { sl: 'Vsebinska mreža NVO-VID (29. november 2019)' },
			version: 1,
			contentType: 'image/png',
			content: png
		};
		files = await zipEntries(await projectReportDocx({ report, cover, locale: 'sl' }));
		xml = files.get('word/document.xml')!.toString('utf8');
	});
	afterAll(() => database.close());

	it('holds seed 001’s facts: the money and its split, the partners, the call, the period', () => {
		const text = textOf(xml);
		expect(text).toContain('Doseženi rezultati projekta PRO-NVO-VID');
		expect(text).toContain('Celotna vrednost projekta: 76.334,02 €');
		expect(text).toContain('Financiranje: Ministrstvo za javno upravo\n60.000,00 €');
		expect(text).toMatch(/Lastna sredstva: [^\n]+\n16\.334,02 €/);
		expect(text).toContain('Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018');
		expect(text).toContain('1. oktober 2018 – 31. december 2019');
		for (const name of report.organisations.map(({ organisation }) => organisation.name)) expect(text).toContain(name.replace(/&/g, '&'));
		expect(text).toContain('Naslovna slika: Vsebinska mreža NVO-VID (29. november 2019)');
	});

	it('follows seed 001’s order under Word’s own heading styles, with a table of contents', () => {
		const headings = [...xml.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>.*?<\/w:p>/g)].map((match) => `${match[1]}: ${textOf(match[0]).trim()}`);
		const order = [
			'Title: Doseženi rezultati projekta PRO-NVO-VID',
			'Heading1: Problemsko izhodišče in cilj projekta',
			'Heading1: Doseženi učinki in rezultati projekta',
			'Heading1: Projektni partnerji',
			'Heading1: Obdobje izvajanja projekta',
			'Heading1: Finančna vrednost projekta',
			'Heading1: Naziv javnega razpisa'
		];
		expect(headings.filter((line) => order.includes(line))).toEqual(order);
		expect(headings).toContain('Heading2: Pridruženi partnerji');
		expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
		expect(files.get('word/styles.xml')!.toString()).toMatch(/w:styleId="Heading1"/);
	});

	it('shows the indicators as a table with a header row: target, actual and progress, figures to the right', () => {
		const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((match) => match[0]);
		const indicators = tables.find((table) => table.includes('Izvedena izobraževanja in delavnice'))!;
		expect(indicators).toContain('<w:tblHeader/>');
		const rows = [...indicators.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => textOf(cell[0]).trim()));
		// the demo's own indicators (computed from its activities) are in the table too
		expect(rows[0]).toEqual(['Kazalnik', 'Enota', 'Izhodišče', 'Ciljna vrednost', 'Doseženo', 'Napredek']);
		expect(rows).toContainEqual(['Izvedena izobraževanja in delavnice', 'izobraževanj', '0', '5', '4', '80 %']);
		expect(indicators).toMatch(
			/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b w:val="false"\/><w:bCs w:val="false"\/><\/w:rPr><w:t xml:space="preserve">80[\u00a0 ]%/
		);
	});

	it('sets the title and the language, and gives the cover its description', () => {
		expect(files.get('docProps/core.xml')!.toString()).toContain('<dc:title>Doseženi rezultati projekta PRO-NVO-VID</dc:title>');
		expect(files.get('word/styles.xml')!.toString()).toContain('w:lang w:val="sl-SI"');
		expect(xml).toMatch(/<wp:docPr [^>]*descr="Udeleženci dneva"/);
		expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
	});

	it('speaks English to an English reader', async () => {
		const english = (await zipEntries(await projectReportDocx({ report, locale: 'en' }))).get('word/document.xml')!.toString('utf8');
		expect(textOf(english)).toContain('Total value of the project: €76,334.02');
		expect(english).toContain('Financial value of the project');
		expect(english).not.toContain('Naslovna slika');
	});
});
