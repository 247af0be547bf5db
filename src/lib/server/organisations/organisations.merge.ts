import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { OrganisationReference } from '../manifest/manifest.ts';
import { organisationLogos, organisationRedirects } from './organisations.table.ts';

/** The kept organisation's logo stays; without one, it takes the merged one's. */
export async function moveLogoIfMissing(db: Database, fromId: string, toId: string): Promise<boolean> {
	const [own] = await db.select({ id: organisationLogos.organisationId }).from(organisationLogos).where(eq(organisationLogos.organisationId, toId));
	if (own) return false;
	const moved = await db
		.update(organisationLogos)
		.set({ organisationId: toId })
		.where(eq(organisationLogos.organisationId, fromId))
		.returning({ id: organisationLogos.organisationId });
	return moved.length > 0;
}

/**
 * Links to organisations merged into `fromId` before lead to `toId`. Re-pointing comes before
 * the delete, which would otherwise cascade to the redirects.
 */
export async function repointRedirects(db: Database, fromId: string, toId: string): Promise<number> {
	const moved = await db
		.update(organisationRedirects)
		.set({ toId })
		.where(eq(organisationRedirects.toId, fromId))
		.returning({ fromId: organisationRedirects.fromId });
	return moved.length;
}

/** What a merge moves of the registry's own tables: the logo (when the kept one has none) and earlier redirects. */
export const organisationsOwnReferences: OrganisationReference[] = [
	{ name: 'logo', column: organisationLogos.organisationId, moveOnMerge: moveLogoIfMissing },
	{ name: 'redirects', column: organisationRedirects.toId, moveOnMerge: repointRedirects }
];
