import { eq } from 'drizzle-orm';
import type { OrganisationReference } from '../manifest/manifest.ts';
import { callApplications } from './calls.table.ts';

/** A merged organisation's applications to calls move to the organisation kept. */
export const callsOrganisationReferences: OrganisationReference[] = [
	{
		name: 'callApplications',
		column: callApplications.organisationId,
		moveOnMerge: async (db, fromId, toId) =>
			(
				await db
					.update(callApplications)
					.set({ organisationId: toId })
					.where(eq(callApplications.organisationId, fromId))
					.returning({ id: callApplications.id })
			).length
	}
];
