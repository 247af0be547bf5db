import type { SortValue } from './sort.ts';

/** One column of a `DataTable`. */
export type Column<Row> = {
	/** Names the column in the sort link (`?sort=<key>`) and for the `cell` snippet. */
	key: string;
	label: string;
	/** Numbers are right-aligned in tabular figures; a date (with its time) never wraps; texts wrap. */
	kind?: 'text' | 'number' | 'date';
	sortable?: boolean;
	/** What sorting compares when the table sorts its rows itself: a number, an ISO date, a text. Defaults to `text`. */
	sortValue?: (row: Row) => SortValue;
	/** The cell as plain text; without it, the table's `cell` snippet draws the cell. */
	text?: (row: Row) => string;
	/** The label is for screen readers only, e.g. above a column of buttons. */
	labelHidden?: boolean;
	/** The cells of this column name their row (`<th scope="row">`). */
	rowHeader?: boolean;
};
