import type postgres from 'postgres';

/** A connection or a transaction of postgres.js: COPY streams need the driver itself, not Drizzle. */
export type Sql = postgres.ISql;

/** drizzle's migrator keeps its history here; a restore recreates it by migrating. */
export const migrationsSchema = 'drizzle';
export const migrationsTable = '__drizzle_migrations';

/** Schemas of PostgreSQL itself and of drizzle's history; everything else is the platform's data. */
const notPlatform = `n.nspname not in ('pg_catalog', 'information_schema', '${migrationsSchema}') and n.nspname not like 'pg\\_%'`;
/** Objects created by an extension (pg_trgm, unaccent) come back with the extension. */
const notFromExtension = `not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`;

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteTable = (table: { schema: string; name: string }) => `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;

/**
 * Session settings for COPY, the same on both ends (as pg_dump sets them): dates in ISO, floats
 * exact, bytea in hex, whatever the server's or the role's defaults are.
 */
export async function setCopySettings(sql: Sql): Promise<void> {
	await sql.unsafe(`select set_config('datestyle', 'ISO, YMD', true), set_config('intervalstyle', 'postgres', true),
		set_config('extra_float_digits', '3', true), set_config('bytea_output', 'hex', true), set_config('timezone', 'UTC', true)`);
}

/** Ordinary tables with their stored columns; generated columns are computed again on restore. */
export async function listTables(sql: Sql): Promise<{ schema: string; name: string; columns: string[] }[]> {
	return sql.unsafe(`
		select n.nspname as schema, c.relname as name,
			json_agg(a.attname order by a.attnum) as columns
		from pg_class c
		join pg_namespace n on n.oid = c.relnamespace
		join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
		where c.relkind = 'r' and ${notPlatform} and ${notFromExtension}
		group by n.nspname, c.relname
		order by n.nspname, c.relname`);
}

export async function listSequences(sql: Sql): Promise<{ schema: string; name: string; lastValue: string | null }[]> {
	return sql.unsafe(`
		select n.nspname as schema, c.relname as name, s.last_value::text as "lastValue"
		from pg_class c
		join pg_namespace n on n.oid = c.relnamespace
		join pg_sequences s on s.schemaname = n.nspname and s.sequencename = c.relname
		where c.relkind = 'S' and ${notPlatform} and ${notFromExtension}
		order by n.nspname, c.relname`);
}

/** Tables, views and sequences of the platform or of drizzle's history: any of them means the database is in use. */
export async function listRelations(sql: Sql): Promise<string[]> {
	const rows = await sql.unsafe<{ name: string }[]>(`
		select n.nspname || '.' || c.relname as name
		from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
			and (${notPlatform} or n.nspname = '${migrationsSchema}') and ${notFromExtension}
		order by 1`);
	return rows.map((row) => row.name);
}

/** drizzle's history, oldest first; empty when nothing was ever migrated. */
export async function appliedMigrations(sql: Sql): Promise<{ hash: string; createdAt: number }[]> {
	const [exists] = await sql.unsafe(`select to_regclass('${migrationsSchema}.${migrationsTable}') is not null as exists`);
	if (!exists?.exists) return [];
	const rows = await sql.unsafe<{ hash: string; createdAt: string }[]>(
		`select hash, created_at::text as "createdAt" from ${migrationsSchema}.${migrationsTable} order by created_at, id`
	);
	return rows.map((row) => ({ hash: row.hash, createdAt: Number(row.createdAt) }));
}

export type ForeignKey = { table: string; name: string; definition: string };

/** Every foreign key of the platform's tables, with its definition to add it again. */
export async function listForeignKeys(sql: Sql): Promise<ForeignKey[]> {
	return sql.unsafe(`
		select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
		from pg_constraint c join pg_namespace n on n.oid = c.connamespace
		where c.contype = 'f' and ${notPlatform}
		order by 1, 2`);
}
