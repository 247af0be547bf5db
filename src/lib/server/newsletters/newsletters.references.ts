import { eq } from 'drizzle-orm';
import type { PersonReference } from '../manifest/manifest.ts';
import { newsletterDeliveries, newsletterSubscriptions } from './newsletters.table.ts';

/**
 * A person's sign-ups and the newsletters sent to them: in their export; on erasure the sign-ups
 * go (they hold the address), the deliveries stay for the counts with the address blanked.
 */
export const newsletterPersonReferences: PersonReference[] = [
	{
		column: newsletterSubscriptions.personId,
		exportedAs: 'newsletterSubscriptions',
		exportRows: (db, personId) =>
			db
				.select({
					listId: newsletterSubscriptions.listId,
					email: newsletterSubscriptions.email,
					status: newsletterSubscriptions.status,
					requestedAt: newsletterSubscriptions.requestedAt,
					confirmedAt: newsletterSubscriptions.confirmedAt,
					unsubscribedAt: newsletterSubscriptions.unsubscribedAt
				})
				.from(newsletterSubscriptions)
				.where(eq(newsletterSubscriptions.personId, personId)),
		onErase: 'delete'
	},
	{
		column: newsletterDeliveries.personId,
		exportedAs: 'newsletterDeliveries',
		exportRows: (db, personId) =>
			db
				.select({
					campaignId: newsletterDeliveries.campaignId,
					email: newsletterDeliveries.email,
					status: newsletterDeliveries.status,
					sentAt: newsletterDeliveries.sentAt
				})
				.from(newsletterDeliveries)
				.where(eq(newsletterDeliveries.personId, personId)),
		onErase: async (db, personId) => {
			await db
				.update(newsletterDeliveries)
				.set({ email: `erased-${personId}@invalid`, response: null })
				.where(eq(newsletterDeliveries.personId, personId));
		}
	}
];
