import { describe, expect, it } from 'vitest';
import { applyRowChange, rowChangeOf, rowCount } from './repeating-rows.ts';

const lists = ['financers', 'supportProject.results', 'aliases'];

describe('rows of a repeating group', () => {
	it('counts the rows a form sent, by the highest number', () => {
		expect(rowCount({ 'financers.0.name.sl': 'A', 'financers.2.website': '' }, 'financers')).toBe(3);
		expect(rowCount({ 'aliases.0': 'Zavod', 'aliases.1': '' }, 'aliases')).toBe(2);
		expect(rowCount({ 'financersX.4': '', name: 'x' }, 'financers')).toBe(0);
	});

	it('reads which button sent the form, and only for lists the form has', () => {
		expect(rowChangeOf({ add_row: 'financers' }, lists)).toEqual({ kind: 'add', list: 'financers' });
		expect(rowChangeOf({ remove_row: 'supportProject.results.1' }, lists)).toEqual({ kind: 'remove', list: 'supportProject.results', index: 1 });
		expect(rowChangeOf({ add_row: 'password' }, lists)).toBeUndefined();
		expect(rowChangeOf({ remove_row: 'financers.first' }, lists)).toBeUndefined();
		expect(rowChangeOf({ remove_row: '.1' }, lists)).toBeUndefined();
		expect(rowChangeOf({ name: 'Grozd' }, lists)).toBeUndefined();
	});

	it('adds an empty row and keeps everything typed', () => {
		const fields = { 'name.sl': 'Grozd', 'financers.0.name.sl': 'MJU', add_row: 'financers' };
		expect(applyRowChange(fields, { financers: 1, aliases: 2 }, { kind: 'add', list: 'financers' })).toEqual({
			values: { 'name.sl': 'Grozd', 'financers.0.name.sl': 'MJU' },
			rows: { financers: 2, aliases: 2 }
		});
	});

	it('removes a row and moves the rows after it up, with all their fields', () => {
		const fields = {
			'financers.0.name.sl': 'MJU',
			'financers.1.name.sl': 'ESS',
			'financers.1.programme.fund.en': 'ESF',
			'financers.2.name.sl': 'Občina',
			'financers.2.programme.priorityAxis.code': '11',
			'financers.10.name.sl': 'Deseti',
			'supportProject.results.0.title.sl': 'Rezultat',
			remove_row: 'financers.1'
		};
		expect(applyRowChange(fields, { financers: 11 }, { kind: 'remove', list: 'financers', index: 1 })).toEqual({
			values: {
				'financers.0.name.sl': 'MJU',
				'financers.1.name.sl': 'Občina',
				'financers.1.programme.priorityAxis.code': '11',
				'financers.9.name.sl': 'Deseti',
				'supportProject.results.0.title.sl': 'Rezultat'
			},
			rows: { financers: 10 }
		});
	});

	it('removes single-field rows and the last row of a list', () => {
		const aliases = { 'aliases.0': 'Zavod 3', 'aliases.1': 'Z3' };
		expect(applyRowChange(aliases, {}, { kind: 'remove', list: 'aliases', index: 0 })).toEqual({ values: { 'aliases.0': 'Z3' }, rows: { aliases: 1 } });
		expect(applyRowChange({ 'aliases.0': '' }, { aliases: 1 }, { kind: 'remove', list: 'aliases', index: 0 })).toEqual({ values: {}, rows: { aliases: 0 } });
		// a button of a row that is no longer there changes nothing
		expect(applyRowChange(aliases, { aliases: 2 }, { kind: 'remove', list: 'aliases', index: 5 })).toEqual({ values: aliases, rows: { aliases: 2 } });
	});
});
