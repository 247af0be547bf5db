import { count, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { users, type UserRow } from './auth.table.ts';

export function createUsersRepository({ db }: { db: Database }) {
	return {
		async count(): Promise<number> {
			const [row] = await db.select({ value: count() }).from(users);
			return row?.value ?? 0;
		},

		async findByEmail(email: string): Promise<UserRow | undefined> {
			const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
			return row;
		},

		async findById(id: string): Promise<UserRow | undefined> {
			const [row] = await db.select().from(users).where(eq(users.id, id));
			return row;
		}
	};
}
