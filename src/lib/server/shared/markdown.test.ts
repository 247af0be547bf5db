import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from './markdown.ts';

describe('markdownToHtml', () => {
	it('renders what people write: emphasis, lists, links', () => {
		const html = markdownToHtml('Letna **skupščina** mreže\n\n- prvo\n- drugo\n\n[Razpis](https://www.gov.si/razpis)');
		expect(html).toContain('<strong>skupščina</strong>');
		expect(html).toContain('<li>prvo</li>');
		expect(html).toContain('<a href="https://www.gov.si/razpis" rel="nofollow noopener">Razpis</a>');
	});

	it('shows raw HTML as text instead of running it', () => {
		const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;');
	});

	it('drops links that would run script, and keeps their words', () => {
		const html = markdownToHtml('[klik](javascript:alert(1)) in ![slika](data:image/png;base64,AAAA)');
		expect(html).not.toContain('href="javascript:');
		expect(html).not.toContain('<img');
		expect(html).toContain('klik');
	});

	it('turns a first-level heading into a second-level one, below the page title', () => {
		expect(markdownToHtml('# Naslov')).toBe('<h2>Naslov</h2>\n');
	});
});

describe('markdownToText', () => {
	it('keeps the words and paragraphs, without marks or entities', () => {
		expect(markdownToText('# Vabilo\n\nPridite na **skupščino** & <b>razpravo</b>.\n\n- točka 1')).toBe(
			'Vabilo\n\nPridite na skupščino & <b>razpravo</b>.\n\ntočka 1'
		);
	});
});
