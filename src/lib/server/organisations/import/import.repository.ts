import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisationImports, type OrganisationImportRow } from '../organisations.table.ts';

export type NewImport = typeof organisationImports.$inferInsert;
export type ImportChanges = Partial<Omit<NewImport, 'id'>>;

export function createImportsRepository({ db }: { db: Database }) {
	return {
		async insert(values: NewImport): Promise<OrganisationImportRow> {
			const [row] = await db.insert(organisationImports).values(values).returning();
			return row!;
		},

		async findById(id: string): Promise<OrganisationImportRow | undefined> {
			// an id that is not a uuid names no import (rather than failing the query)
			if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
			const [row] = await db.select().from(organisationImports).where(eq(organisationImports.id, id));
			return row;
		},

		async update(id: string, changes: ImportChanges): Promise<OrganisationImportRow> {
			const [row] = await db.update(organisationImports).set(changes).where(eq(organisationImports.id, id)).returning();
			return row!;
		}
	};
}
