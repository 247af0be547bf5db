import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into <table> (…) select … from jsonb_to_recordset($1)`: many rows in one statement with
 * a single parameter. Building and sending thousands of parameters costs the client several times
 * what the insert costs the server; one JSON document does not. Values are given by the table's
 * property names (as drizzle names them) and must already be JSON (dates as ISO strings).
 * Append `on conflict …` or `returning …` to the result as needed.
 */
export function insertFromJson<Table extends PgTable>(table: Table, keys: readonly string[], rows: readonly Record<string, unknown>[]): SQL {
	const columns = getTableColumns(table);
	const picked = keys.map((key) => {
		const column = columns[key];
		if (!column) throw new Error(`${key} is not a column of the table`);
		return column;
	});
	const names = picked.map((column) => `"${column.name}"`).join(', ');
	const definitions = picked.map((column) => `"${column.name}" ${column.getSQLType()}`).join(', ');
	const json = JSON.stringify(rows.map((row) => Object.fromEntries(picked.map((column, index) => [column.name, row[keys[index]!] ?? null]))));
	return sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(definitions)})`;
}
