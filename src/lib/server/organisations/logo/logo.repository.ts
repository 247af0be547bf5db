import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisationLogos } from '../organisations.table.ts';

export type StoredLogo = typeof organisationLogos.$inferSelect;

export function createLogoRepository({ db }: { db: Database }) {
	return {
		async find(organisationId: string): Promise<StoredLogo | undefined> {
			const [row] = await db.select().from(organisationLogos).where(eq(organisationLogos.organisationId, organisationId));
			return row;
		},

		/** When the logo last changed, without loading the image. */
		async updatedAt(organisationId: string): Promise<Date | undefined> {
			const [row] = await db
				.select({ updatedAt: organisationLogos.updatedAt })
				.from(organisationLogos)
				.where(eq(organisationLogos.organisationId, organisationId));
			return row?.updatedAt;
		},

		async put(organisationId: string, contentType: string, content: Buffer): Promise<StoredLogo> {
			const updatedAt = new Date();
			const [row] = await db
				.insert(organisationLogos)
				.values({ organisationId, contentType, content, updatedAt })
				.onConflictDoUpdate({ target: organisationLogos.organisationId, set: { contentType, content, updatedAt } })
				.returning();
			return row!;
		},

		async remove(organisationId: string): Promise<StoredLogo | undefined> {
			const [row] = await db.delete(organisationLogos).where(eq(organisationLogos.organisationId, organisationId)).returning();
			return row;
		}
	};
}
