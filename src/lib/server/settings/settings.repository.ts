import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { settings } from './settings.table.ts';

export function createSettingsRepository({ db }: { db: Database }) {
	return {
		/** The stored value, or `create()` stored now; the first writer wins when processes race. */
		async getOrCreate(key: string, create: () => string): Promise<string> {
			await db.insert(settings).values({ key, value: create() }).onConflictDoNothing();
			const [row] = await db.select().from(settings).where(eq(settings.key, key));
			return row!.value;
		},

		async get(key: string): Promise<string | undefined> {
			const [row] = await db.select().from(settings).where(eq(settings.key, key));
			return row?.value;
		},

		async put(key: string, value: string): Promise<void> {
			await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
		}
	};
}
