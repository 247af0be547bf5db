/**
 * Repeating groups of a form (a space's financers, an organisation's other names) as numbered
 * flat fields: `financers.0.name.sl`, `aliases.2`. A row is added or removed by a submit button
 * (`add_row=financers`, `remove_row=financers.1`) whose form comes back with what was typed and
 * one row more or less, unsaved; in the browser the same change is made without the round trip.
 */
export type FormFields = Record<string, string>;
export type RowChange = { kind: 'add'; list: string } | { kind: 'remove'; list: string; index: number };

export const addRowField = 'add_row';
export const removeRowField = 'remove_row';

/** The row of `list` a field belongs to: 1 for `financers.1.name.sl` and for `aliases.1`. */
function rowOf(field: string, list: string): number | undefined {
	if (!field.startsWith(`${list}.`)) return undefined;
	const index = /^(\d+)(?:\.|$)/.exec(field.slice(list.length + 1))?.[1];
	return index === undefined ? undefined : Number(index);
}

/** How many rows of `list` the form had: the highest row number sent, plus one. */
export function rowCount(fields: FormFields, list: string): number {
	return Math.max(-1, ...Object.keys(fields).map((field) => rowOf(field, list) ?? -1)) + 1;
}

/** The change a row's button asks for, if one of them sent the form (and names one of `lists`). */
export function rowChangeOf(fields: FormFields, lists: readonly string[]): RowChange | undefined {
	const added = fields[addRowField];
	if (added !== undefined && lists.includes(added)) return { kind: 'add', list: added };
	const removed = fields[removeRowField] ?? '';
	const dot = removed.lastIndexOf('.');
	const list = removed.slice(0, dot);
	const index = removed.slice(dot + 1);
	if (dot > 0 && lists.includes(list) && /^\d+$/.test(index)) return { kind: 'remove', list, index: Number(index) };
	return undefined;
}

/**
 * The form after the change: nothing typed is lost, a removed row's fields go and the rows after
 * it move up one (so their numbers stay those the form shows). `counts` are the rows each list
 * shows; a new row has no fields yet, so only its count says it is there.
 */
export function applyRowChange(fields: FormFields, counts: Record<string, number>, change: RowChange): { values: FormFields; rows: Record<string, number> } {
	const shown = counts[change.list] ?? rowCount(fields, change.list);
	const values: FormFields = {};
	const removed = change.kind === 'remove' ? change.index : Infinity;
	for (const [field, value] of Object.entries(fields)) {
		if (field === addRowField || field === removeRowField) continue;
		const row = rowOf(field, change.list);
		if (row === undefined || row < removed) values[field] = value;
		else if (row > removed) values[`${change.list}.${row - 1}${field.slice(`${change.list}.${row}`.length)}`] = value;
	}
	const rows = { ...counts, [change.list]: change.kind === 'add' ? shown + 1 : shown - (removed < shown ? 1 : 0) };
	return { values, rows };
}
