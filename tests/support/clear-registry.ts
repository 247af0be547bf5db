import type { Database } from '../../src/lib/server/db/client.ts';
import { organisations } from '../../src/lib/server/organisations/organisations.table.ts';

/**
 * Removes the demo organisations (and with them their memberships), so a test that counts what
 * it seeds starts from an empty registry while keeping the demo spaces.
 */
export async function clearRegistry(db: Database): Promise<void> {
	await db.delete(organisations);
}
