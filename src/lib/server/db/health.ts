import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client.ts';
import { rowsOf } from './rows.ts';

export async function checkHealth(database: DatabaseHandle) {
	const [row] = rowsOf<{ version: string }>(await database.db.execute(sql`select current_setting('server_version') as version`));
	// "18.4" or "15.20 (Debian 15.20-0+deb12u1)": the number is what people compare
	return { status: 'ok' as const, database: database.kind, version: row!.version.split(' ')[0]! };
}
