import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime.js';
import { errorMessage, hasErrorWords } from './error-messages.ts';

/** Every error code the server can raise: the first argument of each `new AppError(…)` in its sources. */
function raisedCodes(dir = 'src/lib/server'): string[] {
	const codes = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
		const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
		for (const [, code] of source.matchAll(/new AppError\(\s*'([a-z0-9_]+)'/g)) codes.add(code!);
	}
	return [...codes].sort();
}

/** The codes among `codes` that read the same in Slovenian and English or fall back to the general message. */
function codesWithoutWords(codes: string[]): string[] {
	const say = (code: string, locale: 'sl' | 'en') => {
		overwriteGetLocale(() => locale);
		return errorMessage(code);
	};
	return codes.filter((code) => !hasErrorWords(code) || say(code, 'sl') === say(code, 'en'));
}

describe('words for error codes', () => {
	const original = getLocale;
	afterAll(() => overwriteGetLocale(original));

	it('finds the codes the server raises', () => {
		expect(raisedCodes()).toEqual(expect.arrayContaining(['invalid_credentials', 'membership_exists', 'import_file_too_many_rows', 'backup_damaged']));
	});

	it('every code the server raises has words of its own in Slovenian and in English', () => {
		expect(codesWithoutWords(raisedCodes())).toEqual([]);
	});

	it('notices a code that has no words (the check above can fail)', () => {
		expect(codesWithoutWords(['invalid_credentials', 'no_such_code'])).toEqual(['no_such_code']);
	});

	it('puts the details into the words, in the reader language', () => {
		overwriteGetLocale(() => 'sl');
		expect(errorMessage('space_slug_taken', { slug: 'grozd' })).toContain('»grozd«');
		expect(errorMessage('token_expired', { expiresOn: '2026-03-01' })).toContain('1. marec 2026');
		overwriteGetLocale(() => 'en');
		expect(errorMessage('import_file_too_many_rows', { maxRows: 100_000 })).toContain('100,000');
	});
});
