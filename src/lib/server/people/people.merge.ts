import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { OrganisationReference } from '../manifest/manifest.ts';
import { affiliations } from './people.table.ts';

/** Moves people's affiliations; one the kept organisation already has (same person, role and dates) is dropped. */
export async function moveAffiliations(db: Database, fromId: string, toId: string): Promise<number> {
	await db.execute(sql`
		delete from ${affiliations} moving using ${affiliations} kept
		where moving.organisation_id = ${fromId} and kept.organisation_id = ${toId} and kept.person_id = moving.person_id
			and kept.role is not distinct from moving.role and kept.since is not distinct from moving.since and kept.until is not distinct from moving.until`);
	const moved = await db.update(affiliations).set({ organisationId: toId }).where(eq(affiliations.organisationId, fromId)).returning({ id: affiliations.id });
	return moved.length;
}

/** A merge of two organisations moves the merged one's people (their affiliations) to the kept one. */
export const affiliationsOfOrganisation: OrganisationReference = { name: 'affiliations', column: affiliations.organisationId, moveOnMerge: moveAffiliations };
