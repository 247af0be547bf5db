import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const locales: string[] = settings.locales;
const pathPatterns: string[] = settings['plugin.inlang.messageFormat'].pathPattern;

// Words live in one file per module and locale, messages/<locale>/<module>.json; the plugin reads the
// files that settings.json lists (a listed file that is missing is skipped without a word)
const modulesOf = (locale: string) =>
	readdirSync(join('messages', locale))
		.filter((file) => file.endsWith('.json'))
		.map((file) => file.slice(0, -'.json'.length))
		.sort();

type Variants = { match: Record<string, string> }[];

/** Every file's messages by locale and module, each message as its text. */
const files = Object.fromEntries(
	locales.map((locale) => [
		locale,
		Object.fromEntries(
			modulesOf(locale).map((module) => {
				const { $schema: _schema, ...rest } = JSON.parse(readFileSync(join('messages', locale, `${module}.json`), 'utf8'));
				return [module, Object.fromEntries(Object.entries(rest).map(([key, message]) => [key, textOf(message as string | Variants)]))];
			})
		) as Record<string, Record<string, string>>
	])
) as Record<string, Record<string, Record<string, string>>>;

/** All messages of a locale, from all its files. */
const messages = Object.fromEntries(locales.map((locale) => [locale, Object.assign({}, ...Object.values(files[locale]!)) as Record<string, string>]));

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

	it('words live in one file per module and locale, all of them listed in settings.json', () => {
		expect(existsSync('messages/sl.json') || existsSync('messages/en.json'), 'a locale-wide file is left').toBe(false);
		const listed = pathPatterns.map((pattern) => pattern.match(/^\.\/messages\/\{locale\}\/([a-z-]+)\.json$/)?.[1]);
		expect(
			listed.filter((module) => module === undefined),
			'patterns not of the form ./messages/{locale}/<module>.json'
		).toEqual([]);
		expect(new Set(listed).size, 'a file listed twice').toBe(listed.length);
		expect(listed.length).toBeGreaterThan(5);
		for (const locale of locales) expect(modulesOf(locale), `files in messages/${locale}/`).toEqual([...listed].sort());
	});

	it('Slovenian and English have the same files, and each key in the same one', () => {
		expect(modulesOf('en')).toEqual(modulesOf('sl'));
		for (const module of modulesOf('sl')) {
			expect(Object.keys(files.en![module]!).sort(), `keys of ${module}.json`).toEqual(Object.keys(files.sl![module]!).sort());
		}
	});

	it.each(locales)('every key is defined in exactly one file of %s', (locale) => {
		const where = new Map<string, string[]>();
		for (const [module, keys] of Object.entries(files[locale]!)) {
			for (const key of Object.keys(keys)) where.set(key, [...(where.get(key) ?? []), module]);
		}
		expect(where.size).toBeGreaterThan(20);
		expect([...where].filter(([, modules]) => modules.length > 1).map(([key, modules]) => `${key}: ${modules.join(', ')}`)).toEqual([]);
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
