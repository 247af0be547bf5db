import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import { assertUnchangedSince, type ExpectedVersion } from '../audit/edit-conflict.ts';
import { withChanges } from '../shared/changes.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { spaceArchived, spaceNotFound, spaceReadOnly } from './spaces.errors.ts';
import { spacesPolicy } from './spaces.policy.ts';
import { presentSpace } from './spaces.presenter.ts';
import { createSpacesRepository, type SpacesRepository } from './spaces.repository.ts';
import { spaceChangesSchema, spaceInputSchema, type Space, type SpaceInput } from './spaces.schemas.ts';

type Deps = { spacesRepository: SpacesRepository };

/** The spaces of the public site; the back office asks for the archived ones too. */
export async function listSpaces({ spacesRepository, includeArchived = false }: Deps & { includeArchived?: boolean }): Promise<Space[]> {
	const rows = await spacesRepository.list({ includeArchived });
	return rows.map(presentSpace);
}

export async function getSpaceBySlug({ spacesRepository, slug }: Deps & { slug: string }): Promise<Space> {
	const row = await spacesRepository.findBySlug(slug);
	if (!row) throw spaceNotFound(slug);
	if (row.archivedAt) throw spaceArchived(slug);
	return presentSpace(row);
}

/** A space as its editors see it: refused to anybody who may not change it. */
export async function getSpaceForEditing({ db, actor, slug }: { db: Database; actor: Actor; slug: string }): Promise<Space> {
	const row = await createSpacesRepository({ db }).findBySlug(slug);
	if (!row) throw spaceNotFound(slug);
	authorize(spacesPolicy, actor, 'update', { spaceId: row.id });
	return presentSpace(row);
}

export async function createSpace({ db, context, input }: { db: Database; context: AuditContext; input: SpaceInput }): Promise<Space> {
	authorize(spacesPolicy, context.actor, 'create');
	const profile = spaceInputSchema.parse(input);
	return db.transaction(async (tx) => {
		const created = presentSpace(await createSpacesRepository({ db: tx }).insert(profile));
		await recordAudit({
			db: tx,
			context,
			change: { action: 'space.create', entityType: 'space', entityId: created.id, spaceId: created.id, after: created }
		});
		return created;
	});
}

/** Changes some fields of a profile; the result must still be a valid profile as a whole. */
export async function updateSpace({
	db,
	context,
	slug,
	changes,
	expectedUpdatedAt
}: {
	db: Database;
	context: AuditContext;
	slug: string;
	/** Validated here, so a form, the API and the CLI may pass what they received. */
	changes: unknown;
} & ExpectedVersion): Promise<Space> {
	return db.transaction(async (tx) => {
		const spacesRepository = createSpacesRepository({ db: tx });
		const row = await spacesRepository.findBySlug(slug);
		if (!row) throw spaceNotFound(slug);
		authorize(spacesPolicy, context.actor, 'update', { spaceId: row.id });
		if (row.archivedAt) throw spaceReadOnly(slug);
		await assertUnchangedSince(tx, { entityType: 'space', entityId: row.id, updatedAt: row.updatedAt }, { expectedUpdatedAt });
		const before = presentSpace(row);
		const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, archivedAt: _archivedAt, ...current } = before;
		const profile = spaceInputSchema.parse(withChanges(current, changes, spaceChangesSchema));
		const after = presentSpace(await spacesRepository.update(row.id, profile));
		await recordAudit({
			db: tx,
			context,
			change: { action: 'space.update', entityType: 'space', entityId: row.id, spaceId: row.id, before, after }
		});
		return after;
	});
}
