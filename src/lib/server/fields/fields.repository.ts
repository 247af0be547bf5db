import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { fieldsOfWork, type FieldOfWorkRow } from './fields.table.ts';
import { rowsOf } from '../db/rows.ts';

export type FieldsRepository = ReturnType<typeof createFieldsRepository>;

export function createFieldsRepository({ db }: { db: Database }) {
	return {
		async list(): Promise<FieldOfWorkRow[]> {
			return db.select().from(fieldsOfWork).orderBy(asc(fieldsOfWork.position), asc(fieldsOfWork.code));
		},

		async codes(): Promise<Set<string>> {
			const rows = await db.select({ code: fieldsOfWork.code }).from(fieldsOfWork);
			return new Set(rows.map((row) => row.code));
		},

		async find(code: string): Promise<FieldOfWorkRow | undefined> {
			const [row] = await db.select().from(fieldsOfWork).where(eq(fieldsOfWork.code, code));
			return row;
		},

		async insert(field: { code: string; name: LocalizedText; position: number }): Promise<FieldOfWorkRow> {
			const [row] = await db.insert(fieldsOfWork).values(field).returning();
			return row!;
		},

		async rename(code: string, name: LocalizedText): Promise<FieldOfWorkRow | undefined> {
			const [row] = await db.update(fieldsOfWork).set({ name, updatedAt: new Date() }).where(eq(fieldsOfWork.code, code)).returning();
			return row;
		},

		async setPosition(code: string, position: number): Promise<void> {
			await db.update(fieldsOfWork).set({ position, updatedAt: new Date() }).where(eq(fieldsOfWork.code, code));
		},

		async remove(code: string): Promise<FieldOfWorkRow | undefined> {
			const [row] = await db.delete(fieldsOfWork).where(eq(fieldsOfWork.code, code)).returning();
			return row;
		},

		/** For every field named by some organisation: how many name it (as a field of work or of public-interest status). */
		async usageCounts(): Promise<Map<string, number>> {
			const rows = await db.execute<{ code: string; count: number }>(sql`
				select code, count(distinct id)::int as count from (
					select ${organisations.id} as id, unnest(${organisations.fields}) as code from ${organisations}
					union all
					select ${organisations.id}, jsonb_array_elements(${organisations.publicInterest})->>'field' from ${organisations}
				) named group by code`);
			return new Map(rowsOf<{ code: string; count: number }>(rows).map((row) => [row.code, Number(row.count)]));
		},

		/** How many organisations name the field, as a field of work or of public-interest status. */
		async usage(code: string): Promise<number> {
			const [row] = await db
				.select({ value: sql<number>`count(*)::int` })
				.from(organisations)
				.where(sql`${organisations.fields} @> array[${code}]::text[] or ${organisations.publicInterest} @> ${JSON.stringify([{ field: code }])}::jsonb`);
			return row?.value ?? 0;
		}
	};
}
