import { and, inArray, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { authorize } from '../../policy/policy.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { toOrganisationColumns } from '../organisations.repository.ts';
import { organisationInputSchema } from '../organisations.schemas.ts';
import { organisations } from '../organisations.table.ts';
import { generateRegistry, syntheticRegistrationBase } from './synthetic-registry.ts';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at ≈ 20 columns a row. */
const chunkSize = 1_000;

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

/** `spaces`: the demo spaces found to join (with `members`). */
export type SyntheticLoadResult = { inserted: number; skipped: number; memberships: number; spaces: string[] };

/**
 * Writes a synthetic registry into the database in multi-row inserts. Organisations whose
 * registration number is already there are skipped, so loading the same seed twice adds nothing.
 * With `members`, a share of them join the demo spaces (those that exist).
 */
export async function loadSyntheticRegistry({
	db,
	context,
	count,
	seed,
	members = false,
	onProgress
}: {
	db: Database;
	context: AuditContext;
	count: number;
	seed: number | string;
	members?: boolean;
	onProgress?: (done: number, total: number) => void;
}): Promise<SyntheticLoadResult> {
	authorize(organisationsPolicy, context.actor, 'import');
	const inputs = generateRegistry({ count, seed }).map((row) => organisationInputSchema.parse(row.organisation));
	return db.transaction(async (tx) => {
		let inserted = 0;
		for (let start = 0; start < inputs.length; start += chunkSize) {
			const chunk = inputs.slice(start, start + chunkSize);
			const rows = await tx
				.insert(organisations)
				.values(chunk.map(toOrganisationColumns))
				.onConflictDoNothing({ target: organisations.registrationNumber })
				.returning({ id: organisations.id });
			inserted += rows.length;
			onProgress?.(Math.min(start + chunkSize, inputs.length), inputs.length);
		}
		const joined = members ? await joinDemoSpaces(tx) : { count: 0, spaces: [] };
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'organisation.synthetic_registry',
				entityType: 'organisation',
				entityId: `synthetic:${seed}`,
				after: { count, seed, inserted, memberships: joined.count }
			}
		});
		return { inserted, skipped: inputs.length - inserted, memberships: joined.count, spaces: joined.spaces };
	});
}

/** Synthetic organisations (by their registration number block) into the demo spaces. */
async function joinDemoSpaces(db: Database): Promise<{ count: number; spaces: string[] }> {
	const found = await db
		.select({ id: spaces.id, slug: spaces.slug })
		.from(spaces)
		.where(inArray(spaces.slug, demoMemberships.map((entry) => entry.slug)));
	let joined = 0;
	for (const { slug, condition } of demoMemberships) {
		const space = found.find((candidate) => candidate.slug === slug);
		if (!space) continue;
		// status and date follow from the hash too (its part above the share taken): mostly
		// members, some applicants and former ones
		const hash = sql`abs(hashtext(${organisations.registrationNumber}))`;
		const rest = sql`(${hash} / 4)`;
		const rows = await db
			.insert(memberships)
			.select(
				db
					.select({
						spaceId: sql`${space.id}::uuid`.as('space_id'),
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
		joined += rows.length;
	}
	return { count: joined, spaces: found.map((space) => space.slug).sort() };
}
