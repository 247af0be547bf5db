import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { memberships, type MembershipRow, type MembershipStatus } from '../memberships/memberships.table.ts';
import { affiliations } from '../people/people.table.ts';
import { invitations, spaceMembers } from '../team/team.table.ts';
import type { NamedOrganisation } from './duplicates.matching.ts';
import { organisationLogos, organisationRedirects, organisations } from './organisations.table.ts';
import { rowsOf } from '../db/rows.ts';

type IdPair = { leftId: string; rightId: string };


/** Status kept when both organisations were in a space: a member stays a member. */
const statusStrength: Record<MembershipStatus, number> = { member: 3, applicant: 2, former: 1 };

const earliest = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** One membership out of two of the same space. */
export function combinedMembership(kept: MembershipRow, merged: MembershipRow) {
	const status = statusStrength[merged.status] > statusStrength[kept.status] ? merged.status : kept.status;
	return {
		status,
		since: earliest(kept.since, merged.since),
		// only a former membership has ended
		until: status === 'former' ? latest(kept.until, merged.until) : null
	};
}

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

		/** Moves the memberships of `fromId` to `toId`; a space both belong to keeps one, combined. */
		async moveMemberships(fromId: string, toId: string): Promise<number> {
			const moving = await db.select().from(memberships).where(eq(memberships.organisationId, fromId));
			if (moving.length === 0) return 0;
			const kept = await db
				.select()
				.from(memberships)
				.where(and(eq(memberships.organisationId, toId), inArray(memberships.spaceId, moving.map((row) => row.spaceId))));
			for (const membership of moving) {
				const existing = kept.find((row) => row.spaceId === membership.spaceId);
				if (existing) {
					await db
						.update(memberships)
						.set({ ...combinedMembership(existing, membership), updatedAt: new Date() })
						.where(and(eq(memberships.spaceId, existing.spaceId), eq(memberships.organisationId, toId)));
					await db.delete(memberships).where(and(eq(memberships.spaceId, membership.spaceId), eq(memberships.organisationId, fromId)));
				} else {
					await db
						.update(memberships)
						.set({ organisationId: toId, updatedAt: new Date() })
						.where(and(eq(memberships.spaceId, membership.spaceId), eq(memberships.organisationId, fromId)));
				}
			}
			return moving.length;
		},

		/** Moves people's affiliations; one the kept organisation already has (same person, role and dates) is dropped. */
		async moveAffiliations(fromId: string, toId: string): Promise<number> {
			await db.execute(sql`
				delete from ${affiliations} moving using ${affiliations} kept
				where moving.organisation_id = ${fromId} and kept.organisation_id = ${toId} and kept.person_id = moving.person_id
					and kept.role is not distinct from moving.role and kept.since is not distinct from moving.since and kept.until is not distinct from moving.until`);
			const moved = await db
				.update(affiliations)
				.set({ organisationId: toId })
				.where(eq(affiliations.organisationId, fromId))
				.returning({ id: affiliations.id });
			return moved.length;
		},

		async moveSpaceMembers(fromId: string, toId: string): Promise<number> {
			const moved = await db
				.update(spaceMembers)
				.set({ organisationId: toId, updatedAt: new Date() })
				.where(eq(spaceMembers.organisationId, fromId))
				.returning({ userId: spaceMembers.userId });
			return moved.length;
		},

		async moveInvitations(fromId: string, toId: string): Promise<number> {
			const moved = await db
				.update(invitations)
				.set({ organisationId: toId })
				.where(eq(invitations.organisationId, fromId))
				.returning({ id: invitations.id });
			return moved.length;
		},

		/** The kept organisation's logo stays; without one, it takes the merged one's. */
		async moveLogoIfMissing(fromId: string, toId: string): Promise<boolean> {
			const [own] = await db.select({ id: organisationLogos.organisationId }).from(organisationLogos).where(eq(organisationLogos.organisationId, toId));
			if (own) return false;
			const moved = await db
				.update(organisationLogos)
				.set({ organisationId: toId })
				.where(eq(organisationLogos.organisationId, fromId))
				.returning({ id: organisationLogos.organisationId });
			return moved.length > 0;
		},

		/**
		 * Old links to the merged organisation, and to those merged into it before, lead to the kept
		 * one. Re-pointing comes before the delete, which would otherwise cascade to the redirects.
		 */
		async redirect(fromId: string, toId: string): Promise<void> {
			await db.update(organisationRedirects).set({ toId }).where(eq(organisationRedirects.toId, fromId));
			await db.insert(organisationRedirects).values({ fromId, toId });
		},

		async delete(id: string): Promise<void> {
			await db.delete(organisations).where(eq(organisations.id, id));
		}
	};
}
