import { describe, expect, it } from 'vitest';
import { contactEmailAddress, emailAddress, longText, singleLineText, webAddress } from './text.ts';

const problems = (result: { success: boolean; error?: { issues: { code: string; message: string }[] } }) =>
	result.error?.issues.map((issue) => (issue.code === 'custom' ? issue.message : issue.code)) ?? [];

describe('bounded text', () => {
	const name = singleLineText({ max: 10, min: 1 });
	const story = longText({ max: 50 });

	it('trims and keeps ordinary text, including letters beyond ASCII and emoji', () => {
		expect(name.parse('  Čšž 👋🏽 ')).toBe('Čšž 👋🏽');
		expect(story.parse('Prvi odstavek.\r\n\n\tDrugi.')).toBe('Prvi odstavek.\r\n\n\tDrugi.');
	});

	it('refuses NUL and other control characters; long text keeps tabs and line breaks only', () => {
		for (const text of ['a\u0000b', 'a\nb', 'a\tb', 'a\u001bb', 'a\u007fb']) {
			expect(problems(name.safeParse(text))).toEqual(['text_invalid_characters']);
		}
		for (const text of ['a\u0000b', 'a\u0007b', 'a\u000bb']) {
			expect(problems(story.safeParse(text))).toEqual(['text_invalid_characters']);
		}
	});

	it('refuses lone surrogates, which PostgreSQL cannot store', () => {
		expect(problems(name.safeParse('a\ud800'))).toEqual(['text_invalid_characters']);
		expect(problems(story.safeParse('\udc00b'))).toEqual(['text_invalid_characters']);
	});

	it('refuses text past its maximum and below its minimum', () => {
		expect(problems(name.safeParse('a'.repeat(11)))).toEqual(['too_big']);
		expect(problems(name.safeParse('   '))).toEqual(['too_small']);
		expect(problems(story.safeParse('a'.repeat(51)))).toEqual(['too_big']);
		expect(longText().safeParse('a'.repeat(20_001)).success).toBe(false);
	});

	it('checks e-mail addresses trimmed and in lower case, up to 254 characters', () => {
		expect(emailAddress().parse(' Ana@Example.SI ')).toBe('ana@example.si');
		// a published contact address stays as its organisation wrote it
		expect(contactEmailAddress().parse(' Info@Drustvo-Sonce.si ')).toBe('Info@Drustvo-Sonce.si');
		expect(contactEmailAddress().safeParse('info\u0000@drustvo.si').success).toBe(false);
		expect(emailAddress().safeParse('ana\u0000@example.si').success).toBe(false);
		expect(emailAddress().safeParse(`${'a'.repeat(250)}@example.si`).success).toBe(false);
	});

	it('checks web addresses, which the URL parser alone would accept with a control character', () => {
		expect(webAddress().parse('https://grozd.si/o-nas')).toBe('https://grozd.si/o-nas');
		expect(problems(webAddress().safeParse('https://grozd.si/\u0000'))).toEqual(['text_invalid_characters']);
		expect(webAddress().safeParse('javascript:alert(1)').success).toBe(false);
		expect(webAddress().safeParse(`https://grozd.si/${'a'.repeat(2_000)}`).success).toBe(false);
	});
});
