import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { registrationNumberTaken } from './organisations.errors.ts';
import type { OrganisationInput } from './organisations.schemas.ts';
import { derivedColumns } from './organisations.search-text.ts';
import { organisationLogos, organisationRedirects, organisations, type OrganisationRow } from './organisations.table.ts';

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;

/** The row's columns for an organisation: optional fields left out are stored as null. */
export function toOrganisationColumns(input: OrganisationInput) {
	return {
		name: input.name,
		shortName: input.shortName ?? null,
		aliases: input.aliases,
		legalForm: input.legalForm,
		registrationNumber: input.registrationNumber ?? null,
		taxNumber: input.taxNumber ?? null,
		street: input.street ?? null,
		postalCode: input.postalCode ?? null,
		city: input.city ?? null,
		municipalityCode: input.municipalityCode ?? null,
		email: input.email ?? null,
		website: input.website ?? null,
		fields: input.fields,
		publicInterest: input.publicInterest,
		donationEligible: input.donationEligible,
		...derivedColumns(input)
	};
}

export function createOrganisationsRepository({ db }: { db: Database }) {
	return {
		async findById(id: string): Promise<OrganisationRow | undefined> {
			const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
			return row;
		},

		async findByRegistrationNumber(registrationNumber: string): Promise<OrganisationRow | undefined> {
			const [row] = await db.select().from(organisations).where(eq(organisations.registrationNumber, registrationNumber)).limit(1);
			return row;
		},

		/** Where a merged organisation went, if it was merged. */
		async redirectOf(id: string): Promise<string | undefined> {
			const [row] = await db.select().from(organisationRedirects).where(eq(organisationRedirects.fromId, id)).limit(1);
			return row?.toId;
		},

		async insert(input: OrganisationInput): Promise<OrganisationRow> {
			await refuseTakenRegistrationNumber(db, input);
			try {
				const [row] = await db.insert(organisations).values(toOrganisationColumns(input)).returning();
				return row!;
			} catch (error) {
				throw conflictOf(error, input);
			}
		},

		async update(id: string, input: OrganisationInput): Promise<OrganisationRow> {
			await refuseTakenRegistrationNumber(db, input, id);
			try {
				const [row] = await db
					.update(organisations)
					.set({ ...toOrganisationColumns(input), updatedAt: new Date() })
					.where(eq(organisations.id, id))
					.returning();
				return row!;
			} catch (error) {
				throw conflictOf(error, input);
			}
		},

		/** Ids (of those given) that have a logo. */
		async withLogo(ids: string[]): Promise<Set<string>> {
			if (ids.length === 0) return new Set();
			const rows = await db.select({ id: organisationLogos.organisationId }).from(organisationLogos).where(inArray(organisationLogos.organisationId, ids));
			return new Set(rows.map((row) => row.id));
		},

		async count(): Promise<number> {
			const [row] = await db.select({ value: sql<number>`count(*)::int` }).from(organisations);
			return row?.value ?? 0;
		}
	};
}

/** Checked first, because a failed insert would abort the caller's transaction. */
async function refuseTakenRegistrationNumber(db: Database, input: OrganisationInput, ownId?: string) {
	if (!input.registrationNumber) return;
	const [other] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.registrationNumber, input.registrationNumber));
	if (other && other.id !== ownId) throw registrationNumberTaken(input.registrationNumber, other.id);
}

/** A concurrent write took the number between the check and the insert. */
function conflictOf(error: unknown, input: OrganisationInput): unknown {
	return isUniqueViolation(error) && input.registrationNumber ? registrationNumberTaken(input.registrationNumber, '') : error;
}
