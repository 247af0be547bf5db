import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client.ts';

export async function checkHealth(database: DatabaseHandle) {
	await database.db.execute(sql`select 1`);
	return { status: 'ok' as const, database: database.kind };
}
