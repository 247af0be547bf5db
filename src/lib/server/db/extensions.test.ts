import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from './client.ts';

describe('search extensions from the migrations', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	const first = async <T>(query: ReturnType<typeof sql>): Promise<T> => {
		const result = (await database.db.execute(query)) as unknown as { rows?: T[] } & T[];
		return (result.rows ?? result)[0] as T;
	};

	it('f_unaccent strips Slovenian diacritics and is immutable, so indexes may use it', async () => {
		const row = await first<{ plain: string; volatility: string }>(
			sql`select f_unaccent('Stičišče Društvo Žalec Ćevapčići') as plain,
				(select provolatile from pg_proc where proname = 'f_unaccent') as volatility`
		);
		expect(row.plain).toBe('Sticisce Drustvo Zalec Cevapcici');
		expect(row.volatility).toBe('i');
	});

	it('pg_trgm ranks near spellings above unrelated words', async () => {
		const row = await first<{ near: number; far: number }>(
			sql`select similarity(f_unaccent(lower('Stičišče Grozd')), 'sticisce grozd') as near,
				similarity(f_unaccent(lower('Stičišče Grozd')), 'ljubljana') as far`
		);
		expect(Number(row.near)).toBe(1);
		expect(Number(row.far)).toBeLessThan(0.2);
	});

	it('an expression index on f_unaccent can be created', async () => {
		await database.db.execute(sql`create table search_probe (name text)`);
		await database.db.execute(sql`create index search_probe_trgm on search_probe using gin (f_unaccent(lower(name)) gin_trgm_ops)`);
		await database.db.execute(sql`insert into search_probe values ('Društvo Asociacija')`);
		const row = await first<{ name: string }>(sql`select name from search_probe where f_unaccent(lower(name)) like '%drustvo%'`);
		expect(row.name).toBe('Društvo Asociacija');
	});
});
