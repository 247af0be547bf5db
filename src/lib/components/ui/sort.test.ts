import { describe, expect, it } from 'vitest';
import { nextSort, readSort, sortHref, sortRows } from './sort.ts';

const byName = { key: 'name', dir: 'asc' } as const;

describe('a table’s order in the address', () => {
	it('reads a sortable column and its direction, and falls back on anything else', () => {
		const read = (query: string) => readSort(new URLSearchParams(query), ['name', 'count'], byName);
		expect(read('sort=count&dir=desc')).toEqual({ key: 'count', dir: 'desc' });
		expect(read('sort=count')).toEqual({ key: 'count', dir: 'asc' });
		expect(read('sort=email&dir=desc')).toEqual(byName);
		expect(read('sort=count&dir=sideways')).toEqual({ key: 'count', dir: 'asc' });
		expect(read('')).toEqual(byName);
		// without a direction the default column keeps its own
		expect(readSort(new URLSearchParams('sort=when'), ['when'], { key: 'when', dir: 'desc' })).toEqual({ key: 'when', dir: 'desc' });
	});

	it('keeps the order of each of several tables on a page in parameters of its own', () => {
		const params = new URLSearchParams('sort=name&dir=desc&invitations-sort=email&invitations-dir=asc');
		expect(readSort(params, ['name', 'email'], byName)).toEqual({ key: 'name', dir: 'desc' });
		expect(readSort(params, ['name', 'email'], byName, 'invitations')).toEqual({ key: 'email', dir: 'asc' });
	});

	it('turns the sorted column around and starts another one ascending', () => {
		expect(nextSort(byName, 'name')).toEqual({ key: 'name', dir: 'desc' });
		expect(nextSort({ key: 'name', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
		expect(nextSort({ key: 'name', dir: 'desc' }, 'count')).toEqual({ key: 'count', dir: 'asc' });
	});

	it('links to the same page with the filters kept, from the first page, without a form action', () => {
		const url = new URL('https://example.si/app/people?/erase&q=maja&page=3&sort=name&dir=asc');
		expect(sortHref(url.searchParams, { key: 'name', dir: 'desc' }, undefined, 'people')).toBe('?q=maja&sort=name&dir=desc#people');
		expect(sortHref(new URLSearchParams(), { key: 'email', dir: 'asc' }, 'invitations')).toBe('?invitations-sort=email&invitations-dir=asc');
	});
});

describe('sorting rows', () => {
	const names = (rows: { name: string | null }[]) => rows.map((row) => row.name);

	it('sorts texts the way the language does: č after c, numbers by value, case ignored', () => {
		const rows = [{ name: 'Čebelarji' }, { name: 'cvetličarji' }, { name: 'Društvo 10' }, { name: 'Društvo 2' }, { name: 'Zavod' }];
		expect(names(sortRows(rows, (row) => row.name, 'asc', 'sl'))).toEqual(['cvetličarji', 'Čebelarji', 'Društvo 2', 'Društvo 10', 'Zavod']);
		expect(names(sortRows(rows, (row) => row.name, 'desc', 'sl'))).toEqual(['Zavod', 'Društvo 10', 'Društvo 2', 'Čebelarji', 'cvetličarji']);
	});

	it('sorts numbers as numbers and ISO dates as texts', () => {
		const counts = [{ count: 10 }, { count: 9 }, { count: 100 }];
		expect(sortRows(counts, (row) => row.count, 'asc', 'sl').map((row) => row.count)).toEqual([9, 10, 100]);
		const dates = ['2024-12-31', '2019-02-01', '2020-11-05'];
		expect(sortRows(dates, (date) => date, 'desc', 'en')).toEqual(['2024-12-31', '2020-11-05', '2019-02-01']);
	});

	it('puts empty values last in either direction and keeps equal rows in their order', () => {
		const rows = [
			{ id: 1, name: null },
			{ id: 2, name: 'B' },
			{ id: 3, name: '' },
			{ id: 4, name: 'a' },
			{ id: 5, name: 'b' }
		];
		expect(sortRows(rows, (row) => row.name, 'asc', 'sl').map((row) => row.id)).toEqual([4, 2, 5, 1, 3]);
		expect(sortRows(rows, (row) => row.name, 'desc', 'sl').map((row) => row.id)).toEqual([2, 5, 4, 1, 3]);
	});

	it('leaves the rows it was given as they were', () => {
		const rows = [{ name: 'b' }, { name: 'a' }];
		sortRows(rows, (row) => row.name, 'asc', 'sl');
		expect(names(rows)).toEqual(['b', 'a']);
	});
});
