import type { Database } from '../db/client.ts';
import { isUuid } from '../shared/uuid.ts';
import { findSpaceById, type SpaceRef } from '../spaces/space-scope.ts';
import { activityNotFound } from './activities.errors.ts';
import { spaceIdOfActivity } from './activities.repository.ts';

/** The space of an activity a request names by id alone (`/api/v1/activities/{id}/…`); an unknown id is not found. */
export async function spaceOfActivity(db: Database, activityId: string): Promise<SpaceRef> {
	// a malformed id names no activity (and must not reach PostgreSQL's uuid type)
	const spaceId = isUuid(activityId) ? await spaceIdOfActivity(db, activityId) : undefined;
	const space = spaceId ? await findSpaceById(db, spaceId) : undefined;
	if (!space) throw activityNotFound(activityId);
	return space;
}
