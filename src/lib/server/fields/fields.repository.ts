import { asc } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { fieldsOfWork, type FieldOfWorkRow } from './fields.table.ts';

export type FieldsRepository = ReturnType<typeof createFieldsRepository>;

export function createFieldsRepository({ db }: { db: Database }) {
	return {
		async list(): Promise<FieldOfWorkRow[]> {
			return db.select().from(fieldsOfWork).orderBy(asc(fieldsOfWork.position), asc(fieldsOfWork.code));
		},

		async codes(): Promise<Set<string>> {
			const rows = await db.select({ code: fieldsOfWork.code }).from(fieldsOfWork);
			return new Set(rows.map((row) => row.code));
		}
	};
}
