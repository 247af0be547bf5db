import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfStrings } from '../../../../../tests/support/pdf-strings.ts';
import { closePrinter, printPdf, PrinterUnavailable } from './pdf-printer.ts';

const png = readFileSync('tests/fixtures/logos/logo.png');
const html = `<!doctype html><html lang="sl"><head><meta charset="utf-8"><title>Doseženi rezultati projekta PRO-NVO-VID</title>
<link rel="stylesheet" href="/site.css"></head><body><main>
<h1>Doseženi rezultati projekta PRO-NVO-VID</h1><img src="/cover" alt="Udeleženci dneva"><img src="https://tracker.example.com/pixel.png" alt="">
<h2>Finančna vrednost projekta</h2><p>Celotna vrednost projekta je znašala 76.334,02 €.</p>
<h2>Naziv javnega razpisa</h2><p>Javni razpis 2018</p></main></body></html>`;

describe('printing a page to PDF with Chromium', () => {
	const asked: string[] = [];
	const fetchPage = async (url: string) => {
		asked.push(new URL(url).pathname);
		if (url.endsWith('/cover')) return new Response(png, { headers: { 'content-type': 'image/png' } });
		if (url.endsWith('/site.css'))
			return new Response('h1 { color: #036; } @media print { img { max-width: 5cm; } }', { headers: { 'content-type': 'text/css' } });
		return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
	};
	afterAll(() => closePrinter());

	it('prints a tagged PDF with its headings as bookmarks, fetching the page and its files through the app only', async () => {
		const pdf = await printPdf('http://nvo.example.si/spaces/nvo-vid/projects/pro-nvo-vid', fetchPage);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = pdf.toString('latin1');
		expect(text).toContain('/StructTreeRoot');
		expect(text).toContain('/Outlines');
		const strings = pdfStrings(pdf);
		expect(strings).toContain('Doseženi rezultati projekta PRO-NVO-VID');
		expect(strings).toContain('Finančna vrednost projekta');
		expect(asked.sort()).toEqual(['/cover', '/site.css', '/spaces/nvo-vid/projects/pro-nvo-vid']);
		console.log(`PDF of ${pdf.byteLength} bytes; RSS of the test process ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
	});

	it('prints one at a time: three asked at once are printed one after another, in order', async () => {
		let printing = 0;
		let most = 0;
		const slowPage = async (url: string) => {
			if (!url.includes('/p')) return fetchPage(url);
			most = Math.max(most, ++printing);
			await new Promise((resolve) => setTimeout(resolve, 200));
			printing--;
			return fetchPage(url);
		};
		const finished: number[] = [];
		await Promise.all([1, 2, 3].map((n) => printPdf(`http://nvo.example.si/p${n}`, slowPage).then(() => finished.push(n))));
		expect(finished).toEqual([1, 2, 3]);
		expect(most).toBe(1);
	});

	it('says the printer is unavailable when Chromium cannot start, and starts it again once it can', async () => {
		await closePrinter();
		process.env.CHROMIUM_PATH = '/nonexistent/chromium';
		try {
			await expect(printPdf('http://nvo.example.si/p', fetchPage)).rejects.toBeInstanceOf(PrinterUnavailable);
		} finally {
			delete process.env.CHROMIUM_PATH;
		}
		expect((await printPdf('http://nvo.example.si/p', fetchPage)).subarray(0, 4).toString()).toBe('%PDF');
	});
});
