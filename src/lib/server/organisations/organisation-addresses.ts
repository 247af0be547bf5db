import { asc, count } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { organisations } from './organisations.table.ts';

/** How many organisations the public directory shows, each with a page of its own. */
export async function countOrganisationPages({ db }: { db: Database }): Promise<number> {
	const [row] = await db.select({ value: count() }).from(organisations);
	return row?.value ?? 0;
}

/** The organisations' pages a part at a time, in a stable order, with when each last changed (for the sitemap). */
export async function listOrganisationPages({ db, offset, limit }: { db: Database; offset: number; limit: number }) {
	return db.select({ id: organisations.id, updatedAt: organisations.updatedAt }).from(organisations).orderBy(asc(organisations.id)).limit(limit).offset(offset);
}
