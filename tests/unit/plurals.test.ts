// Messages that print a count with a noun choose the noun's form by the count: Slovenian has four
// (1 vrstica, 2 vrstici, 3 vrstice, 5 vrstic; 101 goes as 1, 102 as 2, 21 as 5), English two.
import { describe, expect, it } from 'vitest';
import { m } from '../../src/lib/paraglide/messages.js';

const counts = [1, 2, 3, 5, 21, 102] as const;
const sl = { locale: 'sl' } as const;
const en = { locale: 'en' } as const;

/** A message rendered for each count, in the order of `counts`. */
const forCounts = (render: (count: number) => string) => counts.map(render);

describe('plural forms', () => {
	it('the import button names the rows', () => {
		expect(forCounts((count) => m.import_start_submit({ count }, sl))).toEqual([
			'Uvozi 1 vrstico',
			'Uvozi 2 vrstici',
			'Uvozi 3 vrstice',
			'Uvozi 5 vrstic',
			'Uvozi 21 vrstic',
			'Uvozi 102 vrstici'
		]);
		expect(m.import_start_submit({ count: 1 }, en)).toBe('Import 1 row');
		expect(m.import_start_submit({ count: 2 }, en)).toBe('Import 2 rows');
	});

	it('counts are written for the locale, and large ones choose their form by the whole number', () => {
		expect(m.import_start_submit({ count: 12_345 }, sl)).toBe('Uvozi 12.345 vrstic');
		expect(m.import_start_submit({ count: 1_001 }, sl)).toBe('Uvozi 1001 vrstico');
		expect(m.import_start_submit({ count: 12_345 }, en)).toBe('Import 12,345 rows');
	});

	it('the progress of an import', () => {
		expect(forCounts((total) => m.import_progress_text({ processed: 1, total, percent: '50' }, sl))).toEqual([
			'1 od 1 vrstice (50 %)',
			'1 od 2 vrstic (50 %)',
			'1 od 3 vrstic (50 %)',
			'1 od 5 vrstic (50 %)',
			'1 od 21 vrstic (50 %)',
			'1 od 102 vrstic (50 %)'
		]);
		expect(m.import_progress_text({ processed: 1, total: 1, percent: '100' }, en)).toBe('1 of 1 row (100 %)');
		expect(m.import_progress_text({ processed: 1_000, total: 2_000, percent: '50' }, en)).toBe('1,000 of 2,000 rows (50 %)');
	});

	const done = (created: number, updated: number, unchanged: number, options: typeof sl | typeof en) =>
		m.import_done(
			{
				created: m.import_done_created({ count: created }, options),
				updated: m.import_done_updated({ count: updated }, options),
				unchanged: m.import_done_unchanged({ count: unchanged }, options)
			},
			options
		);

	it('what an import created, changed and left unchanged', () => {
		expect(forCounts((count) => done(count, count, count, sl))).toEqual([
			'Uvoz je končan: 1 nova, 1 spremenjena in 1 nespremenjena organizacija.',
			'Uvoz je končan: 2 novi, 2 spremenjeni in 2 nespremenjeni organizaciji.',
			'Uvoz je končan: 3 nove, 3 spremenjene in 3 nespremenjene organizacije.',
			'Uvoz je končan: 5 novih, 5 spremenjenih in 5 nespremenjenih organizacij.',
			'Uvoz je končan: 21 novih, 21 spremenjenih in 21 nespremenjenih organizacij.',
			'Uvoz je končan: 102 novi, 102 spremenjeni in 102 nespremenjeni organizaciji.'
		]);
		expect(done(3000, 0, 0, sl)).toBe('Uvoz je končan: 3000 novih, 0 spremenjenih in 0 nespremenjenih organizacij.');
		expect(done(1, 1, 1, en)).toBe('The import has finished: 1 new, 1 changed and 1 unchanged organisation.');
		expect(done(2, 0, 2, en)).toBe('The import has finished: 2 new, 0 changed and 2 unchanged organisations.');
	});

	it('the limits of an import file', () => {
		expect(forCounts((count) => m.import_hardening_too_many_columns({ count, line: '7' }, sl))).toEqual(
			['1 stolpec', '2 stolpca', '3 stolpce', '5 stolpcev', '21 stolpcev', '102 stolpca'].map(
				(limit) => `V vrstici 7 je vrednost v stolpcu, ki ga uvoz ne bere več (največ ${limit}). Odstranite odvečne stolpce in datoteko naložite znova.`
			)
		);
		expect(forCounts((count) => m.import_hardening_cell_too_long_somewhere({ count }, sl))).toEqual(
			['1 znak', '2 znaka', '3 znake', '5 znakov', '21 znakov', '102 znaka'].map((limit) => `Ena od celic je daljša, kot jo uvoz sprejme (največ ${limit}).`)
		);
		expect(m.import_hardening_cell_too_long({ count: 10_000, line: '3' }, sl)).toBe(
			'Celica v vrstici 3 je daljša, kot jo uvoz sprejme (največ 10.000 znakov).'
		);
		expect(m.import_hardening_cell_too_long({ count: 1, line: '3' }, en)).toBe('A cell on line 3 is longer than an import takes (at most 1 character).');
		expect(m.import_hardening_cell_too_long({ count: 2, line: '3' }, en)).toBe('A cell on line 3 is longer than an import takes (at most 2 characters).');
		expect(m.import_hardening_too_many_columns({ count: 1, line: '3' }, en)).toContain('(at most 1 column)');
		expect(m.import_hardening_too_many_columns({ count: 2, line: '3' }, en)).toContain('(at most 2 columns)');
	});

	it('the pairs of possible duplicates', () => {
		expect(forCounts((total) => m.dup_page({ page: '1', pages: '1', total }, sl))).toEqual(
			['1 par', '2 para', '3 pari', '5 parov', '21 parov', '102 para'].map((pairs) => `Stran 1 od 1 (${pairs})`)
		);
		expect(m.dup_page({ page: '1', pages: '1', total: 1 }, en)).toBe('Page 1 of 1 (1 pair)');
		expect(m.dup_page({ page: '1', pages: '1', total: 2 }, en)).toBe('Page 1 of 1 (2 pairs)');
	});

	it('how long an invitation is valid', () => {
		expect(forCounts((days) => m.team_invited({ email: 'a@example.si', days }, sl))).toEqual(
			['1 dan', '2 dneva', '3 dni', '5 dni', '21 dni', '102 dneva'].map((valid) => `Vabilo smo poslali na a@example.si. Velja ${valid}.`)
		);
		expect(m.mail_invitation_link({ days: '7' }, sl)).toBe('Vabilo sprejmete na tej povezavi, ki velja 7 dni:');
		expect(m.mail_invitation_link({ days: 1 }, en)).toBe('Accept it at this link, which is valid for 1 day:');
		expect(m.mail_invitation_link({ days: 7 }, en)).toBe('Accept it at this link, which is valid for 7 days:');
	});

	it('a field that organisations still name', () => {
		expect(m.fields_error_in_use({ count: '1' }, en)).toContain('1 organisation names it.');
		expect(m.fields_error_in_use({ count: '2' }, en)).toContain('2 organisations name it.');
	});

	it('sign-in limits wait in minutes and hours', () => {
		expect(forCounts((minutes) => m.sign_in_limit_minutes({ minutes }, sl))).toEqual(['1 minuto', '2 minuti', '3 minute', '5 minut', '21 minut', '102 minuti']);
		expect(forCounts((hours) => m.sign_in_limit_hours({ hours }, sl))).toEqual(['1 uro', '2 uri', '3 ure', '5 ur', '21 ur', '102 uri']);
		expect([1, 2].map((minutes) => m.sign_in_limit_minutes({ minutes }, en))).toEqual(['1 minute', '2 minutes']);
	});
});
