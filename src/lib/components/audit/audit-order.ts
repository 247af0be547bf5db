import { readSort, type SortState } from '../ui/sort.ts';

/** The audit log's order as its address asks: by time, newest first unless the reader turns it. The server sorts it, page by page. */
export function auditOrder(params: Pick<URLSearchParams, 'get'>): SortState {
	return readSort(params, ['when'], { key: 'when', dir: 'desc' });
}
