import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { activityNotFound } from './activities.errors.ts';
import { spaceIdOfActivity } from './activities.repository.ts';

/** The space of an activity a request names by id alone (`/api/v1/activities/{id}`); an unknown id is not found. */
export async function activityOfRequest(db: Database, activityId: string): Promise<SpaceRef> {
	// a malformed id names no activity (and must not reach PostgreSQL's uuid type)
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(activityId)) throw activityNotFound(activityId);
	const spaceId = await spaceIdOfActivity(db, activityId);
	if (!spaceId) throw activityNotFound(activityId);
	const [row] = await db
		.select({ id: spaces.id, slug: spaces.slug, name: spaces.name, archivedAt: spaces.archivedAt })
		.from(spaces)
		.where(eq(spaces.id, spaceId));
	if (!row) throw activityNotFound(activityId);
	return { id: row.id, slug: row.slug, name: row.name, archived: row.archivedAt !== null };
}
