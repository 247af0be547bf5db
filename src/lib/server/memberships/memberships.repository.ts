import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { prefixQuery } from '../organisations/directory/directory.filters.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { membershipExists } from './memberships.errors.ts';
import type { Member, MemberQuery, RegionCount } from './memberships.schemas.ts';
import { memberships, type MembershipRow, type MembershipStatus } from './memberships.table.ts';

export type MembershipsRepository = ReturnType<typeof createMembershipsRepository>;

export type MembershipValues = { status: MembershipStatus; since: string | null; until: string | null };

const memberColumns = {
	organisation: {
		id: organisations.id,
		name: organisations.name,
		shortName: organisations.shortName,
		legalForm: organisations.legalForm,
		registrationNumber: organisations.registrationNumber,
		city: organisations.city,
		municipalityCode: organisations.municipalityCode,
		regionCode: organisations.regionCode
	},
	status: memberships.status,
	since: memberships.since,
	until: memberships.until
};

/** The spaces an organisation is a member of (not an applicant or former member), by slug: a lookup across spaces. */
export async function memberSpacesOf(db: Database, organisationId: string): Promise<{ slug: string; name: LocalizedText; since: string | null }[]> {
	return db
		.select({ slug: spaces.slug, name: spaces.name, since: memberships.since })
		.from(memberships)
		.innerJoin(spaces, eq(spaces.id, memberships.spaceId))
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, 'member')))
		.orderBy(asc(spaces.slug));
}

/** Every membership of an organisation (applications and former ones too), by space: a lookup across spaces. */
export async function membershipsOf(
	db: Database,
	organisationId: string
): Promise<{ slug: string; name: LocalizedText; status: MembershipStatus; since: string | null; until: string | null }[]> {
	return db
		.select({ slug: spaces.slug, name: spaces.name, status: memberships.status, since: memberships.since, until: memberships.until })
		.from(memberships)
		.innerJoin(spaces, eq(spaces.id, memberships.spaceId))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(spaces.slug));
}

/** The members of one space: every query is bound to it, so none can reach another space's rows. */
export function createMembershipsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const one = (organisationId: string) => and(eq(memberships.spaceId, spaceId), eq(memberships.organisationId, organisationId));

	return {
		async find(organisationId: string): Promise<MembershipRow | undefined> {
			const [row] = await db.select().from(memberships).where(one(organisationId));
			return row;
		},

		async insert(organisationId: string, values: MembershipValues): Promise<MembershipRow> {
			try {
				const [row] = await db
					.insert(memberships)
					.values({ spaceId, organisationId, ...values })
					.returning();
				return row!;
			} catch (error) {
				// another request added it since this one looked
				if (isUniqueViolation(error)) throw membershipExists(organisationId);
				throw error;
			}
		},

		async update(organisationId: string, values: MembershipValues): Promise<MembershipRow | undefined> {
			const [row] = await db
				.update(memberships)
				.set({ ...values, updatedAt: new Date() })
				.where(one(organisationId))
				.returning();
			return row;
		},

		async remove(organisationId: string): Promise<MembershipRow | undefined> {
			const [row] = await db.delete(memberships).where(one(organisationId)).returning();
			return row;
		},

		/** One page of a space's members, by name (A to Z or Z to A); with the total for the filter. */
		async list(query: MemberQuery, order: 'asc' | 'desc' = 'asc'): Promise<{ items: Member[]; total: number }> {
			const text = prefixQuery(query.q);
			const conditions = [
				eq(memberships.spaceId, spaceId),
				query.status ? eq(memberships.status, query.status) : undefined,
				query.region ? eq(organisations.regionCode, query.region) : undefined,
				query.legalForm ? eq(organisations.legalForm, query.legalForm) : undefined,
				text ? sql`${organisations.searchVector} @@ ${text}` : undefined
			].filter((condition): condition is SQL => condition !== undefined);
			const where = and(...conditions);
			const [counted] = await db
				.select({ value: sql<number>`count(*)::int` })
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(where);
			const items = await db
				.select(memberColumns)
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(where)
				.orderBy(...[organisations.sortName, organisations.id].map(order === 'asc' ? asc : desc))
				.limit(query.pageSize)
				.offset((query.page - 1) * query.pageSize);
			return { items, total: counted?.value ?? 0 };
		},

		/** The id and name of every member (status member), by name: for choosing one from a list. */
		async names(): Promise<{ id: string; name: string }[]> {
			return db
				.select({ id: organisations.id, name: organisations.name })
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(and(eq(memberships.spaceId, spaceId), eq(memberships.status, 'member')))
				.orderBy(asc(organisations.sortName), asc(organisations.id));
		},

		/** Members (status member) per region; organisations without a municipality count under null. */
		async countByRegion(): Promise<RegionCount[]> {
			return db
				.select({ regionCode: organisations.regionCode, count: sql<number>`count(*)::int` })
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(and(eq(memberships.spaceId, spaceId), eq(memberships.status, 'member')))
				.groupBy(organisations.regionCode);
		}
	};
}
