import type { Space } from './spaces.schemas.ts';
import type { SpaceRow } from './spaces.table.ts';

/** The public shape of a space: the profile without empty parts, timestamps as ISO strings. */
export function presentSpace(row: SpaceRow): Space {
	const { createdAt, updatedAt, archivedAt, ...profile } = row;
	const present = Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== null));
	return {
		...(present as Omit<Space, 'createdAt' | 'updatedAt'>),
		...(archivedAt ? { archivedAt: archivedAt.toISOString() } : {}),
		createdAt: createdAt.toISOString(),
		updatedAt: updatedAt.toISOString()
	};
}
