import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { pdfStrings } from '../support/pdf-strings.ts';
import { getPage, postForm } from '../support/registry-app.ts';
import { zipEntries } from '../support/zip-entries.ts';

// The report a financer receives (DOCX, PDF) and the project's cover image, through the app as people use it.
let people: PeopleApp;
let projectId: string;
beforeAll(async () => {
	people = await startPeopleApp();
	const list = await (await fetch(`${people.app.url}/api/v1/spaces/nvo-vid/projects`)).json();
	projectId = list.items.find((project: { slug: string }) => project.slug === 'pro-nvo-vid').id;
});
afterAll(() => people?.app.close());

const png = readFileSync('tests/fixtures/logos/logo.png');
const coverForm = (file: Blob | undefined, fields: Record<string, string> = {}) => {
	const form = new FormData();
	if (file) form.set('cover', file, 'naslovna.png');
	for (const [name, value] of Object.entries({ 'alt.sl': 'Udeleženci Dneva vključujoče informacijske družbe', ...fields })) form.set(name, value);
	return form;
};
const coverPath = () => `/app/spaces/nvo-vid/projects/${projectId}/cover`;
const credit = 'Vsebinska mreža nevladnih organizacij za vključujočo informacijsko družbo (29. november 2019)';
const textOf = (xml: string) =>
	xml
		.replace(/<\/w:p>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/\u00a0/g, ' ');

describe('project cover image in the back office', () => {
	it('refuses a wrong type and a file over 2 MB with a clear message beside the file field, keeping the words typed', async () => {
		const svg = new Blob([readFileSync('tests/fixtures/logos/logo.svg')], { type: 'image/png' });
		const wrong = await postForm(people, people.cookies.platformAdmin!, `${coverPath()}?/save`, coverForm(svg, { 'credit.sl': credit }));
		expect(wrong.status).toBe(400);
		const html = await wrong.text();
		expect(html).toContain('Naslovna slika mora biti slika PNG, JPEG ali WebP.');
		expect(html).toMatch(/id="field-cover-error"[^>]*>Naslovna slika mora biti slika PNG/);
		expect(html).toContain(credit);
		const large = new Uint8Array(2 * 1024 * 1024 + 1);
		large.set(png);
		const tooBig = await postForm(people, people.cookies.platformAdmin!, `${coverPath()}?/save`, coverForm(new Blob([large])));
		expect(tooBig.status).toBe(400);
		expect(await tooBig.text()).toContain('Datoteka je večja od 2 MB.');
		const noDescription = await postForm(people, people.cookies.platformAdmin!, `${coverPath()}?/save`, coverForm(new Blob([png]), { 'alt.sl': '' }));
		expect(noDescription.status).toBe(400);
		const problems = await noDescription.text();
		expect(problems).toMatch(/href="#field-alt.sl">Kaj je na sliki \(slovensko\): \S/);
		expect(problems).not.toContain('Poskusite znova');
		// both problems at once: the file and the description
		const svgWithout = await postForm(people, people.cookies.platformAdmin!, `${coverPath()}?/save`, coverForm(svg, { 'alt.sl': '' }));
		const both = await svgWithout.text();
		expect(both).toMatch(/href="#field-alt.sl">Kaj je na sliki \(slovensko\): \S/);
		expect(both).toMatch(/href="#field-cover">Naslovna slika mora biti slika PNG/);
	});

	it('uploads a real PNG with its credit without JavaScript, serves it with an ETag, and shows the credit', async () => {
		const saved = await postForm(people, people.cookies.platformAdmin!, `${coverPath()}?/save`, coverForm(new Blob([png]), { 'credit.sl': credit }));
		expect(saved.status).toBe(200);
		const html = await saved.text();
		expect(html).toContain('Naslovna slika je shranjena.');
		expect(html).toContain(`Naslovna slika: ${credit}`);
		const image = await getPage(people, undefined, '/spaces/nvo-vid/projects/pro-nvo-vid/cover');
		expect(image.status).toBe(200);
		expect(image.headers.get('content-type')).toBe('image/png');
		expect(Buffer.compare(Buffer.from(await image.arrayBuffer()), png)).toBe(0);
		const etag = image.headers.get('etag')!;
		expect((await getPage(people, undefined, '/spaces/nvo-vid/projects/pro-nvo-vid/cover', { 'if-none-match': etag })).status).toBe(304);
		expect((await getPage(people, undefined, '/spaces/grozd/projects/pro-nvo-vid/cover')).status).toBe(404);
	});

	it('is for the space’s admins and staff only', async () => {
		expect((await getPage(people, people.cookies.staff, coverPath())).status).toBe(403);
		expect((await postForm(people, people.cookies.viewer!, `${coverPath()}?/save`, coverForm(new Blob([png])))).status).toBe(403);
		expect((await getPage(people, people.cookies.platformAdmin, coverPath())).status).toBe(200);
	});
});

describe('project report as DOCX', () => {
	it('downloads seed 001’s report in Slovenian with the cover and its credit', async () => {
		const response = await getPage(people, undefined, '/spaces/nvo-vid/projects/pro-nvo-vid/report.docx');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="pro-nvo-vid-porocilo.docx"');
		const files = await zipEntries(new Uint8Array(await response.arrayBuffer()));
		const text = textOf(files.get('word/document.xml')!.toString('utf8'));
		expect(text).toContain('Celotna vrednost projekta: 76.334,02 €');
		expect(text).toContain('60.000,00 €');
		expect(text).toContain('16.334,02 €');
		expect(text).toContain('Zavod Inštitut za elektronsko participacijo');
		expect(text).toContain('Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018');
		expect(text).toContain(`Naslovna slika: ${credit}`);
		expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
	});

	it('speaks English at the English address, and is not found for a project the space does not have', async () => {
		const response = await getPage(people, undefined, '/en/spaces/nvo-vid/projects/pro-nvo-vid/report.docx');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="pro-nvo-vid-report.docx"');
		const text = textOf((await zipEntries(new Uint8Array(await response.arrayBuffer()))).get('word/document.xml')!.toString('utf8'));
		expect(text).toContain('Financial value of the project');
		expect((await getPage(people, undefined, '/spaces/grozd/projects/pro-nvo-vid/report.docx')).status).toBe(404);
	});
});

describe('the public page and its report as PDF', () => {
	it('shows the cover at the top with its credit below, and links to both downloads', async () => {
		const html = await (await getPage(people, undefined, '/spaces/nvo-vid/projects/pro-nvo-vid')).text();
		expect(html).toMatch(/<img src="\/spaces\/nvo-vid\/projects\/pro-nvo-vid\/cover\?v=\d+" alt="Udeleženci Dneva vključujoče informacijske družbe"/);
		expect(html).toMatch(new RegExp(`<figcaption[^>]*>Naslovna slika: ${credit.replace(/[()]/g, '\\$&')}</figcaption>`));
		expect(html.indexOf('project-cover')).toBeLessThan(html.indexOf('id="contents"'));
		expect(html).toContain('href="/spaces/nvo-vid/projects/pro-nvo-vid/report.pdf"');
		expect(html).toContain('href="/spaces/nvo-vid/projects/pro-nvo-vid/report.docx"');
	});

	it('answers with a page in the reader’s language when Chromium cannot start, not a hung request', async () => {
		process.env.CHROMIUM_PATH = '/nonexistent/chromium';
		try {
			const response = await getPage(people, undefined, '/en/spaces/nvo-vid/projects/pro-nvo-vid/report.pdf');
			expect(response.status).toBe(503);
			expect(response.headers.get('content-type')).toContain('text/html');
			const html = await response.text();
			expect(html).toContain('The PDF report cannot be made right now');
			expect(html).toContain('download the report as Word (DOCX)');
		} finally {
			delete process.env.CHROMIUM_PATH;
		}
	});

	it('prints the project page to a tagged PDF with its headings as bookmarks', async () => {
		const response = await getPage(people, people.cookies.platformAdmin, '/spaces/nvo-vid/projects/pro-nvo-vid/report.pdf');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="pro-nvo-vid-porocilo.pdf"');
		const pdf = new Uint8Array(await response.arrayBuffer());
		expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
		expect(Buffer.from(pdf).toString('latin1')).toContain('/StructTreeRoot');
		const strings = pdfStrings(pdf);
		expect(strings.some((text) => text.startsWith('Profesionalizacija vsebinske mreže') && text.includes('PRO-NVO-VID'))).toBe(true);
		expect(strings).toEqual(expect.arrayContaining(['Projektni partnerji', 'Finančna vrednost projekta', 'Javni razpis']));
		// printed with the page's print stylesheet (the build's CSS reached the browser): no download links
		expect(strings).not.toContain('Poročilo za prenos');
		if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
		expect((await getPage(people, undefined, '/spaces/nvo-vid/projects/no-such-project/report.pdf')).status).toBe(404);
	});
});
