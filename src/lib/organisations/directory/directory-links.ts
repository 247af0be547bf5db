import { localHref } from '../../shared/links.ts';

/** What the directory was asked, as its address carries it (values as typed, page left out). */
export type DirectoryFilters = Partial<Record<DirectoryFilterKey, string>>;
export const directoryFilterKeys = ['q', 'region', 'municipality', 'legalForm', 'field', 'publicInterest', 'space'] as const;
export type DirectoryFilterKey = (typeof directoryFilterKeys)[number];

/** The query string of a directory search: empty values left out, in a fixed order. */
export function directorySearch(filters: DirectoryFilters, page = 1): string {
	const params = new URLSearchParams();
	for (const key of directoryFilterKeys) {
		const value = filters[key]?.trim();
		if (value) params.set(key, value);
	}
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The directory with `changes` applied to the current filters (undefined removes one); back to page 1. */
export function directoryHref(filters: DirectoryFilters, changes: DirectoryFilters = {}, page = 1): string {
	return `${localHref('/organisations')}${directorySearch({ ...filters, ...changes }, page)}`;
}

/**
 * The export of what the directory currently shows, in `format` (in the page's language: its
 * refusals are worded); `excel-sl`: the CSV that Excel set to Slovenian opens in columns.
 */
export function exportHref(filters: DirectoryFilters, format: 'csv' | 'xlsx', flavour?: 'excel-sl'): string {
	const search = directorySearch(filters);
	return `${localHref('/organisations/export')}${search ? `${search}&` : '?'}format=${format}${flavour ? `&flavour=${flavour}` : ''}`;
}
