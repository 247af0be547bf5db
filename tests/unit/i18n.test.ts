import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const locales: string[] = settings.locales;
const messages = Object.fromEntries(
	locales.map((locale) => {
		const { $schema: _schema, ...rest } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
		return [locale, Object.fromEntries(Object.entries(rest).map(([key, message]) => [key, textOf(message as string | Variants)]))];
	})
);

type Variants = { match: Record<string, string> }[];

/** A message's text; for one with variants (plural forms), the text of all its variants. */
function textOf(message: string | Variants): string {
	return typeof message === 'string' ? message : message.flatMap((variant) => Object.values(variant.match)).join('\n');
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		if (path === join('src', 'lib', 'paraglide')) return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry) ? [path] : [];
	});
}

describe('translations', () => {
	it('Slovenian is the base locale and English the other', () => {
		expect(settings.baseLocale).toBe('sl');
		expect(locales).toEqual(['sl', 'en']);
	});

	it('loads the message plugin from node_modules, never from a CDN', () => {
		for (const module of settings.modules) expect(module).toMatch(/^\.\/node_modules\//);
	});

	it.each(locales)('every key exists in %s and has text', (locale) => {
		const allKeys = new Set(locales.flatMap((other) => Object.keys(messages[other]!)));
		for (const key of allKeys) {
			expect(messages[locale], `missing "${key}" in ${locale}`).toHaveProperty(key);
			expect(messages[locale]![key]!.trim(), `empty "${key}" in ${locale}`).not.toBe('');
		}
	});

	const used = new Set<string>();
	for (const file of sourceFiles('src')) {
		for (const match of readFileSync(file, 'utf8').matchAll(/\bm\.([a-z0-9_]+)\b/g)) used.add(match[1]!);
	}

	it('every message the code uses is defined', () => {
		expect(used.size).toBeGreaterThan(20);
		expect([...used].filter((key) => !(key in messages.sl!))).toEqual([]);
	});

	it('every defined message is used, so none is left to go stale', () => {
		expect(Object.keys(messages.sl!).filter((key) => !used.has(key))).toEqual([]);
	});

	it('placeholders are the same in both languages', () => {
		for (const key of Object.keys(messages.sl!)) {
			const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
			expect(names(messages.en![key]!), key).toEqual(names(messages.sl![key]!));
		}
	});
});
