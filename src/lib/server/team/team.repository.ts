import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Membership } from '../policy/actor.ts';
import { spaceMembers } from './team.table.ts';

export function createTeamRepository({ db }: { db: Database }) {
	return {
		/** A person's roles, by space id. */
		async membershipsOf(userId: string): Promise<Map<string, Membership>> {
			const rows = await db.select().from(spaceMembers).where(eq(spaceMembers.userId, userId));
			return new Map(rows.map((row) => [row.spaceId, { role: row.role, organisationId: row.organisationId }]));
		},

		async add(member: typeof spaceMembers.$inferInsert) {
			const [row] = await db.insert(spaceMembers).values(member).returning();
			return row!;
		}
	};
}
