import { and, inArray, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { syntheticRegistrationBase } from '../../organisations/demo/synthetic-registry.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { authorize } from '../../policy/policy.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { membershipsPolicy } from '../memberships.policy.ts';
import { memberships } from '../memberships.table.ts';

/**
 * Which organisations of the synthetic registry join which demo space: a hub's members are a
 * minority of its region's NGOs, so about one in four is taken (by a hash of the registration
 * number, so the same ones every time).
 */
const demoMemberships = [
	{ slug: 'grozd', condition: sql`${organisations.regionCode} = 'SI042'` },
	{ slug: 'iskra', condition: sql`${organisations.regionCode} = 'SI044'` },
	{ slug: 'asociacija', condition: sql`'culture' = any(${organisations.fields})` }
];

/** `spaces`: the demo spaces found to join. */
export type SyntheticJoinResult = { memberships: number; spaces: string[] };

/** Synthetic organisations (by their registration number block) into the demo spaces that exist; those already in stay as they are. */
export async function joinSyntheticRegistry({ db, context }: { db: Database; context: AuditContext }): Promise<SyntheticJoinResult> {
	return db.transaction(async (tx) => {
		const found = await tx
			.select({ id: spaces.id, slug: spaces.slug })
			.from(spaces)
			.where(
				inArray(
					spaces.slug,
					demoMemberships.map((entry) => entry.slug)
				)
			);
		let joined = 0;
		for (const { slug, condition } of demoMemberships) {
			const space = found.find((candidate) => candidate.slug === slug);
			if (!space) continue;
			authorize(membershipsPolicy, context.actor, 'manage', { spaceId: space.id });
			joined += await joinSpace(tx, space.id, condition);
		}
		const result = { memberships: joined, spaces: found.map((space) => space.slug).sort() };
		await recordAudit({
			db: tx,
			context,
			change: { action: 'membership.synthetic_registry', entityType: 'membership', entityId: 'synthetic', after: result }
		});
		return result;
	});
}

async function joinSpace(db: Database, spaceId: string, condition: ReturnType<typeof sql>): Promise<number> {
	// status and date follow from the hash too (its part above the share taken): mostly
	// members, some applicants and former ones
	const hash = sql`abs(hashtext(${organisations.registrationNumber}))`;
	const rest = sql`(${hash} / 4)`;
	const rows = await db
		.insert(memberships)
		.select(
			db
				.select({
					spaceId: sql`${spaceId}::uuid`.as('space_id'),
					organisationId: organisations.id,
					status: sql`case when ${rest} % 20 = 0 then 'applicant' when ${rest} % 20 = 1 then 'former' else 'member' end`.as('status'),
					since: sql`date '2016-01-01' + (${rest} % 3000)::int`.as('since'),
					until: sql`case when ${rest} % 20 = 1 then date '2024-12-31' end`.as('until'),
					createdAt: sql`now()`.as('created_at'),
					updatedAt: sql`now()`.as('updated_at')
				})
				.from(organisations)
				.where(
					and(
						condition,
						sql`${hash} % 4 = 0`,
						sql`${organisations.registrationNumber} between ${String(syntheticRegistrationBase)} and ${String(syntheticRegistrationBase + 999_999)}`
					)
				)
		)
		.onConflictDoNothing()
		.returning({ organisationId: memberships.organisationId });
	return rows.length;
}
