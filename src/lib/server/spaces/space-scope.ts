import type { AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { authorize, type Policy } from '../policy/policy.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { spaceNotFound, spaceReadOnly } from './spaces.errors.ts';
import { createSpacesRepository } from './spaces.repository.ts';

/** What modules working inside a space (team, members) need to know of it; an archived one is read-only. */
export type SpaceRef = { id: string; slug: string; name: LocalizedText; archived?: boolean };

/** The space a slug names, if one does. */
export async function findSpace(db: Database, slug: string): Promise<SpaceRef | undefined> {
	const row = await createSpacesRepository({ db }).findBySlug(slug);
	return row && { id: row.id, slug: row.slug, name: row.name, archived: row.archivedAt !== null };
}

/** The space an id names, for work that knows only the id (a job, a person's link, a row of another module). */
export async function findSpaceById(db: Database, id: string): Promise<SpaceRef | undefined> {
	const row = await createSpacesRepository({ db }).findById(id);
	return row && { id: row.id, slug: row.slug, name: row.name, archived: row.archivedAt !== null };
}

/**
 * Where an address with a space's old slug (before a rename) now is: the same path and query with
 * the new slug, for a permanent redirect. Undefined when no space ever had the slug.
 */
export async function movedAddress(db: Database, url: URL, oldSlug: string): Promise<string | undefined> {
	const space = await createSpacesRepository({ db }).findRenamed(oldSlug);
	if (!space) return undefined;
	const moved = url.pathname.replace(new RegExp(`/spaces/${oldSlug}(?=/|$)`), `/spaces/${space.slug}`);
	return `${moved}${url.search}`;
}

/** The space a slug names, for the CLI and tests; requests have theirs in `locals` (see `spaceOf`). */
export async function findSpaceRef(db: Database, slug: string): Promise<SpaceRef> {
	const space = await findSpace(db, slug);
	if (!space) throw spaceNotFound(slug);
	return space;
}

/**
 * The space a request names, which the server found once when the request came in (`locals.space`);
 * a request naming no space that exists gets `space_not_found`.
 */
export function spaceOf(locals: { space?: SpaceRef }, slug: string): SpaceRef {
	if (!locals.space) throw spaceNotFound(slug);
	return locals.space;
}

/** A change inside a space: in one transaction, by someone the policy lets do `action` there, while the space is not archived. */
export function changingInSpace<T, Action extends string>(
	{ db, context, space }: { db: Database; context: AuditContext; space: SpaceRef },
	policy: Policy<Action>,
	action: Action,
	work: (tx: Database, space: SpaceRef) => Promise<T>
): Promise<T> {
	authorize(policy, context.actor, action, { spaceId: space.id });
	if (space.archived) throw spaceReadOnly(space.slug);
	return db.transaction((tx) => work(tx, space));
}
