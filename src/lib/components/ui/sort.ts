/**
 * The order of a table, kept in its page's address (`?sort=name&dir=desc`) so that sorting is a
 * link that works without JavaScript, can be bookmarked, and the server can read it too when it
 * sorts a long list page by page.
 */
export type SortDirection = 'asc' | 'desc';
export type SortState = { key: string; dir: SortDirection };
export type SortValue = string | number | null | undefined;

/**
 * The parameters a table's order goes in: `sort` and `dir`, or `<name>-sort` and `<name>-dir` for
 * each of several sortable tables on one page, so that their links do not mix.
 */
export function sortParams(name?: string): { sort: string; dir: string } {
	return name ? { sort: `${name}-sort`, dir: `${name}-dir` } : { sort: 'sort', dir: 'dir' };
}

/** The order the address asks for, if it names a sortable column; otherwise `fallback`. */
export function readSort(params: Pick<URLSearchParams, 'get'>, keys: readonly string[], fallback: SortState, name?: string): SortState {
	const names = sortParams(name);
	const key = params.get(names.sort);
	if (!key || !keys.includes(key)) return fallback;
	const dir = params.get(names.dir);
	return { key, dir: dir === 'desc' ? 'desc' : dir === 'asc' ? 'asc' : key === fallback.key ? fallback.dir : 'asc' };
}

/** What following a column's sort link does: turn the current column around, start another one ascending. */
export function nextSort(current: SortState, key: string): SortState {
	return { key, dir: current.key === key && current.dir === 'asc' ? 'desc' : 'asc' };
}

/**
 * The link that sorts a table: the same address in the same page, other parameters kept, except
 * the page number (a new order starts at the first page) and those of a form action (`?/remove`),
 * which an address carries after a form was sent without JavaScript.
 */
export function sortHref(current: Iterable<[string, string]>, sort: SortState, name?: string, fragment?: string): string {
	const params = new URLSearchParams([...current].filter(([key]) => !key.startsWith('/') && key !== 'page'));
	const names = sortParams(name);
	params.set(names.sort, sort.key);
	params.set(names.dir, sort.dir);
	return `?${params}${fragment ? `#${fragment}` : ''}`;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
	let made = collators.get(locale);
	if (!made) collators.set(locale, (made = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
	return made;
}

/**
 * Rows in the order of `valueOf`: numbers as numbers, texts as the locale sorts them (č after c,
 * 2 before 10). Empty values go last either way, and equal rows keep their order.
 */
export function sortRows<Row>(rows: readonly Row[], valueOf: (row: Row) => SortValue, dir: SortDirection, locale: string): Row[] {
	const compareText = collator(locale).compare;
	const sign = dir === 'asc' ? 1 : -1;
	const isEmpty = (value: SortValue) => value === null || value === undefined || value === '';
	return rows
		.map((row) => ({ row, value: valueOf(row) }))
		.toSorted((a, b) => {
			if (isEmpty(a.value) || isEmpty(b.value)) return Number(isEmpty(a.value)) - Number(isEmpty(b.value));
			if (typeof a.value === 'number' && typeof b.value === 'number') return sign * (a.value - b.value);
			return sign * compareText(String(a.value), String(b.value));
		})
		.map(({ row }) => row);
}
