import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { memberships } from '../memberships/memberships.table.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { organisationIdOrNotFound } from './organisation-id.ts';
import type { Organisation } from './organisations.schemas.ts';
import { getOrganisation } from './organisations.usecases.ts';

export type SpaceMembership = { slug: string; name: LocalizedText; since: string | null };

/**
 * What the public page of an organisation shows: the organisation and the spaces it is a member
 * of (applicants and former members are the spaces' own business). A merged one answers with
 * where it went.
 */
export async function getPublicProfile({
	db,
	id
}: {
	db: Database;
	id: string;
}): Promise<{ organisation: Organisation; memberships: SpaceMembership[] } | { movedTo: string }> {
	const found = await getOrganisation({ db, id: organisationIdOrNotFound(id) });
	if ('movedTo' in found) return found;
	const rows = await db
		.select({ slug: spaces.slug, name: spaces.name, since: memberships.since })
		.from(memberships)
		.innerJoin(spaces, eq(spaces.id, memberships.spaceId))
		.where(and(eq(memberships.organisationId, id), eq(memberships.status, 'member')))
		.orderBy(asc(spaces.slug));
	return { organisation: found.organisation, memberships: rows };
}
