import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisationImports, type OrganisationImportRow } from '../organisations.table.ts';
import { isUuid } from '../../shared/uuid.ts';

export type NewImport = typeof organisationImports.$inferInsert;
export type ImportChanges = Partial<Omit<NewImport, 'id'>>;

/** An id that is not a uuid names no import (rather than failing the query). */
export function createImportsRepository({ db }: { db: Database }) {
	return {
		async insert(values: NewImport): Promise<OrganisationImportRow> {
			const [row] = await db.insert(organisationImports).values(values).returning();
			return row!;
		},

		async findById(id: string): Promise<OrganisationImportRow | undefined> {
			if (!isUuid(id)) return undefined;
			const [row] = await db.select().from(organisationImports).where(eq(organisationImports.id, id));
			return row;
		},

		/** What a progress poll needs, without the file or the list of problems. */
		async progressOf(id: string) {
			if (!isUuid(id)) return undefined;
			const [row] = await db
				.select({
					status: organisationImports.status,
					processed: organisationImports.processed,
					total: organisationImports.total,
					created: organisationImports.created,
					updated: organisationImports.updated,
					unchanged: organisationImports.unchanged,
					problemCount: sql<number>`jsonb_array_length(${organisationImports.problems})::int`
				})
				.from(organisationImports)
				.where(eq(organisationImports.id, id));
			return row;
		},

		async update(id: string, changes: ImportChanges): Promise<OrganisationImportRow> {
			const [row] = await db.update(organisationImports).set(changes).where(eq(organisationImports.id, id)).returning();
			return row!;
		}
	};
}
