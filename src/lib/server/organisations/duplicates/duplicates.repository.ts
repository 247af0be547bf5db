import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { NamedOrganisation } from './duplicates.matching.ts';
import { organisationRedirects, organisations } from '../organisations.table.ts';
import { rowsOf } from '../../db/rows.ts';

type IdPair = { leftId: string; rightId: string };

export type IdentifiedOrganisation = { id: string; taxNumber: string | null; registrationNumber: string | null };
export type OrganisationSummary = { id: string; name: string; registrationNumber: string | null; city: string | null };

/** What comparing names needs of an organisation (see `NamedOrganisation`). */
const namedColumns = {
	id: organisations.id,
	foldedName: organisations.sortName,
	city: organisations.city,
	municipalityCode: sql<string>`${organisations.municipalityCode}`
};

/** A list as one parameter (a thousand separate ones cost the client more than the lookup costs the server). */
const listOf = (values: string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

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
			return db.select(namedColumns).from(organisations).where(isNotNull(organisations.municipalityCode));
		},

		/** What comparing names needs, for the organisations of these municipalities. */
		async namedOrganisationsIn(municipalityCodes: string[]): Promise<NamedOrganisation[]> {
			if (municipalityCodes.length === 0) return [];
			return db
				.select(namedColumns)
				.from(organisations)
				.where(and(isNotNull(organisations.municipalityCode), sql`${organisations.municipalityCode} in ${listOf(municipalityCodes)}`));
		},

		/** Organisations with one of these tax numbers, or whose registration number has one of these 7-digit bases. */
		async byTaxNumberOrRegistrationBase(taxNumbers: string[], registrationBases: string[]): Promise<IdentifiedOrganisation[]> {
			if (taxNumbers.length === 0 && registrationBases.length === 0) return [];
			return db
				.select({ id: organisations.id, taxNumber: organisations.taxNumber, registrationNumber: organisations.registrationNumber })
				.from(organisations)
				.where(
					or(
						taxNumbers.length > 0 ? sql`${organisations.taxNumber} in ${listOf(taxNumbers)}` : undefined,
						registrationBases.length > 0 ? sql`left(${organisations.registrationNumber}, 7) in ${listOf(registrationBases)}` : undefined
					)
				);
		},

		/** What a notice of a likely duplicate shows of the organisation. */
		async summaries(ids: string[]): Promise<OrganisationSummary[]> {
			if (ids.length === 0) return [];
			return db
				.select({ id: organisations.id, name: organisations.name, registrationNumber: organisations.registrationNumber, city: organisations.city })
				.from(organisations)
				.where(inArray(organisations.id, ids));
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
