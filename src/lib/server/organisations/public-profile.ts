import type { Database } from '../db/client.ts';
import { memberSpacesOf } from '../memberships/memberships.repository.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { logoVersion } from './logo/logo.usecases.ts';
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
}): Promise<{ organisation: Organisation; memberships: SpaceMembership[]; logoVersion?: number } | { movedTo: string }> {
	const found = await getOrganisation({ db, id: organisationIdOrNotFound(id) });
	if ('movedTo' in found) return found;
	const { organisation } = found;
	return {
		organisation,
		memberships: await memberSpacesOf(db, organisation.id),
		// in the logo's address, so that a new logo is not hidden by the cached old one
		logoVersion: organisation.hasLogo ? await logoVersion({ db, organisationId: organisation.id }) : undefined
	};
}
