import { and, eq, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import type { OrganisationReference, PersonReference } from '../manifest/manifest.ts';
import { activities, activityOrganisers } from './activities.table.ts';
import { activityRegistrations } from './registrations/registrations.table.ts';

/**
 * A merge of two organisations moves the activities the merged one co-organised (an activity both
 * co-organised keeps one row) and the registrations made for it, so attendance still counts for the
 * organisation that remains.
 */
export const activityOrganisationReferences: OrganisationReference[] = [
	{
		name: 'activityOrganisers',
		column: activityOrganisers.organisationId,
		async moveOnMerge(db, fromId, toId) {
			const kept = alias(activityOrganisers, 'kept');
			const moved = await db
				.update(activityOrganisers)
				.set({ organisationId: toId })
				.where(
					and(
						eq(activityOrganisers.organisationId, fromId),
						notExists(
							db
								.select({ one: sql`1` })
								.from(kept)
								.where(and(eq(kept.spaceId, activityOrganisers.spaceId), eq(kept.activityId, activityOrganisers.activityId), eq(kept.organisationId, toId)))
						)
					)
				)
				.returning({ activityId: activityOrganisers.activityId });
			await db.delete(activityOrganisers).where(eq(activityOrganisers.organisationId, fromId));
			return moved.length;
		}
	},
	{
		name: 'activityRegistrations',
		column: activityRegistrations.organisationId,
		async moveOnMerge(db, fromId, toId) {
			const moved = await db
				.update(activityRegistrations)
				.set({ organisationId: toId })
				.where(eq(activityRegistrations.organisationId, fromId))
				.returning({ id: activityRegistrations.id });
			return moved.length;
		}
	}
];

/**
 * A person's registrations are in their personal-data export. On erasure the registration stays
 * (the activity's figures must not change) but the answers they gave are blanked.
 */
export const activityPersonReferences: PersonReference[] = [
	{
		column: activityRegistrations.personId,
		exportedAs: 'activityRegistrations',
		exportRows: (db: Database, personId: string) =>
			db
				.select({
					activity: activities.title,
					status: activityRegistrations.status,
					answers: activityRegistrations.answers,
					registeredAt: activityRegistrations.createdAt,
					cancelledAt: activityRegistrations.cancelledAt
				})
				.from(activityRegistrations)
				.innerJoin(activities, and(eq(activities.spaceId, activityRegistrations.spaceId), eq(activities.id, activityRegistrations.activityId)))
				.where(eq(activityRegistrations.personId, personId)),
		async onErase(db, personId) {
			await db.update(activityRegistrations).set({ answers: {}, updatedAt: new Date() }).where(eq(activityRegistrations.personId, personId));
		}
	}
];
