import type { Database } from '../db/client.ts';
import { isUuid } from '../shared/uuid.ts';
import { findSpaceById, type SpaceRef } from '../spaces/space-scope.ts';
import { postNotFound } from './posts.errors.ts';
import { spaceIdOfPost } from './posts.repository.ts';

/** The space of a post a request names by id alone (`/api/v1/posts/{id}`); an unknown id is not found. */
export async function spaceOfPost(db: Database, postId: string): Promise<SpaceRef> {
	const spaceId = isUuid(postId) ? await spaceIdOfPost(db, postId) : undefined;
	const space = spaceId ? await findSpaceById(db, spaceId) : undefined;
	if (!space) throw postNotFound(postId);
	return space;
}
