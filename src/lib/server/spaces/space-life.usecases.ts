import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { authorize } from '../policy/policy.ts';
import { spaceNotFound, spaceSlugTaken } from './spaces.errors.ts';
import { spacesPolicy } from './spaces.policy.ts';
import { presentSpace } from './spaces.presenter.ts';
import { createSpacesRepository } from './spaces.repository.ts';
import { spaceRenameSchema, type Space } from './spaces.schemas.ts';
import type { SpaceRow } from './spaces.table.ts';

/**
 * A space's life after it is created: a new address or name, archiving and restoring. Platform
 * admins only (see `spacesPolicy.manage`); each change is in the audit log.
 */
async function managingSpace(
	{ db, context, slug }: { db: Database; context: AuditContext; slug: string },
	work: (repository: ReturnType<typeof createSpacesRepository>, row: SpaceRow) => Promise<{ action: string; after: SpaceRow } | undefined>
): Promise<Space> {
	authorize(spacesPolicy, context.actor, 'manage');
	return db.transaction(async (tx) => {
		const repository = createSpacesRepository({ db: tx });
		const row = await repository.findBySlug(slug);
		if (!row) throw spaceNotFound(slug);
		const changed = await work(repository, row);
		if (!changed) return presentSpace(row);
		const before = presentSpace(row);
		const after = presentSpace(changed.after);
		await recordAudit({ db: tx, context, change: { action: changed.action, entityType: 'space', entityId: row.id, spaceId: row.id, before, after } });
		return after;
	});
}

/** A new slug (the old address then redirects to the new one) or name, or both. */
export async function renameSpace({ db, context, slug, input }: { db: Database; context: AuditContext; slug: string; input: unknown }): Promise<Space> {
	const rename = spaceRenameSchema.parse(input);
	return managingSpace({ db, context, slug }, async (repository, row) => {
		const newSlug = rename.slug ?? row.slug;
		if (newSlug !== row.slug && (await repository.isSlugTaken(newSlug, row.id))) throw spaceSlugTaken(newSlug);
		const name = rename.name ?? row.name;
		if (newSlug === row.slug && JSON.stringify(name) === JSON.stringify(row.name)) return undefined;
		return { action: 'space.rename', after: await repository.rename(row, { slug: newSlug, name }) };
	});
}

/** Takes a space off the public site and makes it read-only; everything in it is kept. Archiving it again changes nothing. */
export async function archiveSpace({ db, context, slug }: { db: Database; context: AuditContext; slug: string }): Promise<Space> {
	return managingSpace({ db, context, slug }, async (repository, row) =>
		row.archivedAt ? undefined : { action: 'space.archive', after: await repository.setArchived(row.id, new Date()) }
	);
}

/** Brings an archived space back as it was. */
export async function restoreSpace({ db, context, slug }: { db: Database; context: AuditContext; slug: string }): Promise<Space> {
	return managingSpace({ db, context, slug }, async (repository, row) =>
		row.archivedAt ? { action: 'space.restore', after: await repository.setArchived(row.id, null) } : undefined
	);
}
