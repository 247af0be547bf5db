import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { OrganisationReference } from '../manifest/manifest.ts';
import { membershipApplications, memberships, type MembershipRow, type MembershipStatus } from './memberships.table.ts';

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

/** Moves the memberships of `fromId` to `toId`; a space both belong to keeps one, combined. */
export async function moveMemberships(db: Database, fromId: string, toId: string): Promise<number> {
	const moving = await db.select().from(memberships).where(eq(memberships.organisationId, fromId));
	if (moving.length === 0) return 0;
	const kept = await db
		.select()
		.from(memberships)
		.where(
			and(
				eq(memberships.organisationId, toId),
				inArray(
					memberships.spaceId,
					moving.map((row) => row.spaceId)
				)
			)
		);
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
}

/** A merge of two organisations moves the merged one's memberships to the kept one. */
export const membershipsOfOrganisation: OrganisationReference = { name: 'memberships', column: memberships.organisationId, moveOnMerge: moveMemberships };

/** Moves the open applications of `fromId` to `toId`; where both applied to a space, the kept one's stays. */
export async function moveApplications(db: Database, fromId: string, toId: string): Promise<number> {
	const moved = await db
		.update(membershipApplications)
		.set({ organisationId: toId })
		.where(
			and(
				eq(membershipApplications.organisationId, fromId),
				sql`not exists (select 1 from membership_applications kept where kept.space_id = ${membershipApplications.spaceId} and kept.organisation_id = ${toId})`
			)
		)
		.returning({ spaceId: membershipApplications.spaceId });
	await db.delete(membershipApplications).where(eq(membershipApplications.organisationId, fromId));
	return moved.length;
}

export const applicationsOfOrganisation: OrganisationReference = {
	name: 'membershipApplications',
	column: membershipApplications.organisationId,
	moveOnMerge: moveApplications
};
