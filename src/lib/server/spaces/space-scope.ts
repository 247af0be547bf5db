import type { AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { authorize, type Policy } from '../policy/policy.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { spaceNotFound } from './spaces.errors.ts';
import { createSpacesRepository } from './spaces.repository.ts';

/** What modules working inside a space (team, members) need to know of it. */
export type SpaceRef = { id: string; slug: string; name: LocalizedText };

export async function findSpaceRef(db: Database, slug: string): Promise<SpaceRef> {
	const row = await createSpacesRepository({ db }).findBySlug(slug);
	if (!row) throw spaceNotFound(slug);
	return { id: row.id, slug: row.slug, name: row.name };
}

/** A change inside a space: in one transaction, on a space that exists, by someone the policy lets do `action` there. */
export function changingInSpace<T, Action extends string>(
	{ db, context, spaceSlug }: { db: Database; context: AuditContext; spaceSlug: string },
	policy: Policy<Action>,
	action: Action,
	work: (tx: Database, space: SpaceRef) => Promise<T>
): Promise<T> {
	return db.transaction(async (tx) => {
		const space = await findSpaceRef(tx, spaceSlug);
		authorize(policy, context.actor, action, { spaceId: space.id });
		return work(tx, space);
	});
}
