import { describe, expect, it } from 'vitest';
import { commentParagraphs } from './comment-text.ts';

describe('the text of a comment', () => {
	it('parts paragraphs at blank lines and keeps single line breaks inside one', () => {
		expect(commentParagraphs('Prvi odstavek\nše vedno prvi.\r\n\r\n\n  Drugi.  ')).toEqual([[{ text: 'Prvi odstavek\nše vedno prvi.' }], [{ text: 'Drugi.' }]]);
	});

	it('makes web addresses links, leaving the sentence’s punctuation and brackets outside', () => {
		expect(commentParagraphs('Glej https://nvo.si/razpis. In (www.cnvos.si), ali https://sl.wikipedia.org/wiki/Društvo_(pravo)!')).toEqual([
			[
				{ text: 'Glej ' },
				{ text: 'https://nvo.si/razpis', href: 'https://nvo.si/razpis' },
				{ text: '. In (' },
				{ text: 'www.cnvos.si', href: 'https://www.cnvos.si' },
				{ text: '), ali ' },
				{ text: 'https://sl.wikipedia.org/wiki/Društvo_(pravo)', href: 'https://sl.wikipedia.org/wiki/Društvo_(pravo)' },
				{ text: '!' }
			]
		]);
	});

	it('keeps markup as text and links nothing but the web', () => {
		expect(commentParagraphs('<script>alert(1)</script> javascript:alert(1) <a href="x">')).toEqual([
			[{ text: '<script>alert(1)</script> javascript:alert(1) <a href="x">' }]
		]);
	});
});
