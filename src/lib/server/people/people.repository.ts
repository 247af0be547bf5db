import { and, asc, desc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { foldText } from '../../reference/fold-text.ts';
import type { Database } from '../db/client.ts';
import { memberships } from '../memberships/memberships.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { AffiliationInput, ConsentInput } from './people.schemas.ts';
import { affiliations, consents, people, type ConsentRow, type PersonRow } from './people.table.ts';

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;

export type AffiliationWithOrganisation = {
	id: string;
	personId: string;
	organisationId: string;
	organisationName: string;
	role: string | null;
	since: string | null;
	until: string | null;
	createdAt: Date;
};

export type PeopleFilter = {
	/** Only people currently affiliated with one of these organisations. */
	organisationIds?: readonly string[];
	q?: string;
};

/** What an erased person's name becomes; pages show it in the reader's language. */
export const erasedName = '[erased]';

const today = () => new Date().toISOString().slice(0, 10);

/** An affiliation is current until the day after its end date. */
const isCurrent = () => or(isNull(affiliations.until), gte(affiliations.until, today()));

const affiliationColumns = {
	id: affiliations.id,
	personId: affiliations.personId,
	organisationId: affiliations.organisationId,
	organisationName: organisations.name,
	role: affiliations.role,
	since: affiliations.since,
	until: affiliations.until,
	createdAt: affiliations.createdAt
};

function filterCondition(filter: PeopleFilter): SQL | undefined {
	const words = foldText(filter.q ?? '')
		.split(' ')
		.filter(Boolean)
		.slice(0, 8);
	// folded words hold only letters and digits, so they cannot carry LIKE wildcards
	const searchable = sql`f_unaccent(lower(${people.name} || ' ' || coalesce(${people.email}, '')))`;
	return and(
		filter.organisationIds
			? sql`exists (select 1 from ${affiliations} where ${affiliations.personId} = ${people.id}
				and ${inArray(affiliations.organisationId, [...filter.organisationIds])} and ${isCurrent()})`
			: undefined,
		...words.map((word) => sql`${searchable} like ${`%${word}%`}`)
	);
}

export function createPeopleRepository({ db }: { db: Database }) {
	return {
		async findById(id: string): Promise<PersonRow | undefined> {
			const [row] = await db.select().from(people).where(eq(people.id, id)).limit(1);
			return row;
		},

		async insert(input: { name: string; email?: string; phone?: string }): Promise<PersonRow> {
			const [row] = await db
				.insert(people)
				.values({ name: input.name, email: input.email ?? null, phone: input.phone ?? null })
				.returning();
			return row!;
		},

		async update(id: string, changes: Partial<Pick<PersonRow, 'name' | 'email' | 'phone' | 'erasedAt'>>): Promise<PersonRow> {
			const [row] = await db
				.update(people)
				.set({ ...changes, updatedAt: new Date() })
				.where(eq(people.id, id))
				.returning();
			return row!;
		},

		/** One page of people, by name (A to Z or Z to A); `id` breaks ties so pages never repeat or skip anyone. */
		async list(filter: PeopleFilter, page: { limit: number; offset: number }, order: 'asc' | 'desc' = 'asc'): Promise<{ items: PersonRow[]; total: number }> {
			const condition = filterCondition(filter);
			const [items, [totalRow]] = await Promise.all([
				db
					.select()
					.from(people)
					.where(condition)
					.orderBy(...[sql`f_unaccent(lower(${people.name}))`, people.id].map(order === 'asc' ? asc : desc))
					.limit(page.limit)
					.offset(page.offset),
				db
					.select({ value: sql<number>`count(*)::int` })
					.from(people)
					.where(condition)
			]);
			return { items, total: totalRow?.value ?? 0 };
		},

		/** The spaces the person is connected to: those their organisations, past or present, belong or belonged to. */
		async connectedSpaceIds(personId: string): Promise<string[]> {
			const rows = await db
				.selectDistinct({ spaceId: memberships.spaceId })
				.from(affiliations)
				.innerJoin(memberships, eq(memberships.organisationId, affiliations.organisationId))
				.where(eq(affiliations.personId, personId));
			return rows.map((row) => row.spaceId);
		},

		/** Affiliations of these people with their organisations' names, oldest first. */
		async affiliationsOf(personIds: string[], options: { currentOnly?: boolean } = {}): Promise<AffiliationWithOrganisation[]> {
			if (personIds.length === 0) return [];
			return db
				.select(affiliationColumns)
				.from(affiliations)
				.innerJoin(organisations, eq(organisations.id, affiliations.organisationId))
				.where(and(inArray(affiliations.personId, personIds), options.currentOnly ? isCurrent() : undefined))
				.orderBy(asc(affiliations.createdAt), asc(affiliations.id));
		},

		async insertAffiliation(personId: string, input: AffiliationInput): Promise<{ id: string }> {
			const [row] = await db
				.insert(affiliations)
				.values({ personId, organisationId: input.organisationId, role: input.role ?? null, since: input.since ?? null, until: input.until ?? null })
				.returning({ id: affiliations.id });
			return row!;
		},

		async setAffiliationEnd(id: string, until: string): Promise<void> {
			await db.update(affiliations).set({ until }).where(eq(affiliations.id, id));
		},

		/** Newest first: the first row of a purpose is the consent in force. */
		async consentsOf(personId: string): Promise<ConsentRow[]> {
			return db.select().from(consents).where(eq(consents.personId, personId)).orderBy(desc(consents.recordedAt), desc(consents.id));
		},

		async insertConsent(personId: string, consent: ConsentInput, source: string): Promise<void> {
			// the clock, not the transaction's start, so two changes in one transaction keep their order
			await db.insert(consents).values({ personId, ...consent, source, recordedAt: sql`clock_timestamp()` });
		},

		/** The names of those of these organisations that exist, by id. */
		async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
			if (ids.length === 0) return new Map();
			const rows = await db
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(inArray(organisations.id, [...ids]))
				.orderBy(organisations.sortName);
			return new Map(rows.map((row) => [row.id, row.name]));
		}
	};
}
