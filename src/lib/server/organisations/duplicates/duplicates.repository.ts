import { eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { NamedOrganisation } from './duplicates.matching.ts';
import { organisationRedirects, organisations } from '../organisations.table.ts';
import { rowsOf } from '../../db/rows.ts';

type IdPair = { leftId: string; rightId: string };

export function createDuplicatesRepository({ db }: { db: Database }) {
	return {
		async sameTaxNumberPairs(): Promise<IdPair[]> {
			const result = await db.execute(sql`
				select a.id as "leftId", b.id as "rightId"
				from ${organisations} a join ${organisations} b on b.tax_number = a.tax_number and a.id < b.id`);
			return rowsOf<IdPair>(result);
		},

		/** Pairs whose registration numbers share the 7-digit base: an organisation and its unit, or two units. */
		async registrationUnitPairs(): Promise<IdPair[]> {
			const result = await db.execute(sql`
				select a.id as "leftId", b.id as "rightId"
				from ${organisations} a join ${organisations} b
					on left(b.registration_number, 7) = left(a.registration_number, 7) and a.id < b.id`);
			return rowsOf<IdPair>(result);
		},

		/** What comparing names needs, for every organisation with a municipality. */
		async namedOrganisations(): Promise<NamedOrganisation[]> {
			return db
				.select({
					id: organisations.id,
					foldedName: organisations.sortName,
					city: organisations.city,
					municipalityCode: sql<string>`${organisations.municipalityCode}`
				})
				.from(organisations)
				.where(isNotNull(organisations.municipalityCode));
		},

		/** Old links to the merged organisation lead to the kept one. */
		async redirect(fromId: string, toId: string): Promise<void> {
			await db.insert(organisationRedirects).values({ fromId, toId });
		},

		async delete(id: string): Promise<void> {
			await db.delete(organisations).where(eq(organisations.id, id));
		}
	};
}
