import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { OrganisationReference } from '../manifest/manifest.ts';
import { invitations, spaceMembers } from './team.table.ts';

export async function moveSpaceMembers(db: Database, fromId: string, toId: string): Promise<number> {
	const moved = await db
		.update(spaceMembers)
		.set({ organisationId: toId, updatedAt: new Date() })
		.where(eq(spaceMembers.organisationId, fromId))
		.returning({ userId: spaceMembers.userId });
	return moved.length;
}

export async function moveInvitations(db: Database, fromId: string, toId: string): Promise<number> {
	const moved = await db.update(invitations).set({ organisationId: toId }).where(eq(invitations.organisationId, fromId)).returning({ id: invitations.id });
	return moved.length;
}

/** A merge of two organisations: member editors of the merged one, and invitations for it, move to the kept one. */
export const teamReferencesToOrganisations: OrganisationReference[] = [
	{ name: 'spaceMembers', column: spaceMembers.organisationId, moveOnMerge: moveSpaceMembers },
	{ name: 'invitations', column: invitations.organisationId, moveOnMerge: moveInvitations }
];
