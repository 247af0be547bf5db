import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import { assertUnchangedSince, type ExpectedVersion } from '../audit/edit-conflict.ts';
import type { Database } from '../db/client.ts';
import { createFieldsRepository } from '../fields/fields.repository.ts';
import { authorize } from '../policy/policy.ts';
import { withChanges } from '../shared/changes.ts';
import { organisationNotFound, unknownFields } from './organisations.errors.ts';
import { organisationsPolicy } from './organisations.policy.ts';
import { organisationInputOf, presentOrganisation } from './organisations.presenter.ts';
import { createOrganisationsRepository } from './organisations.repository.ts';
import { organisationChangesSchema, organisationInputSchema, type Organisation, type OrganisationInput } from './organisations.schemas.ts';

/** An organisation by id; a merged one answers with where it went (`movedTo`). */
export async function getOrganisation({ db, id }: { db: Database; id: string }): Promise<{ organisation: Organisation } | { movedTo: string }> {
	const repository = createOrganisationsRepository({ db });
	const row = await repository.findById(id);
	if (row) return { organisation: presentOrganisation(row, (await repository.withLogo([row.id])).has(row.id)) };
	const movedTo = await repository.redirectOf(id);
	if (movedTo) return { movedTo };
	throw organisationNotFound(id);
}

/** Refuses fields of work and public-interest fields that the platform's list does not have. */
export async function assertKnownFields(db: Database, input: Pick<OrganisationInput, 'fields' | 'publicInterest'>) {
	const known = await createFieldsRepository({ db }).codes();
	const used = [...input.fields, ...input.publicInterest.map((decision) => decision.field)];
	const unknown = [...new Set(used.filter((code) => !known.has(code)))];
	if (unknown.length > 0) throw unknownFields(unknown);
}

export async function createOrganisation({ db, context, input }: { db: Database; context: AuditContext; input: unknown }): Promise<Organisation> {
	authorize(organisationsPolicy, context.actor, 'create');
	const organisation = organisationInputSchema.parse(input);
	return db.transaction(async (tx) => {
		await assertKnownFields(tx, organisation);
		const created = presentOrganisation(await createOrganisationsRepository({ db: tx }).insert(organisation));
		await recordAudit({
			db: tx,
			context,
			change: { action: 'organisation.create', entityType: 'organisation', entityId: created.id, after: created }
		});
		return created;
	});
}

/**
 * Changes the fields sent (validated here, so a form, the API and the CLI may pass what they
 * received); `null` clears an optional field. The result must be a valid organisation as a whole.
 */
export async function updateOrganisation({
	db,
	context,
	id,
	changes,
	expectedUpdatedAt
}: {
	db: Database;
	context: AuditContext;
	id: string;
	changes: unknown;
} & ExpectedVersion): Promise<Organisation> {
	return db.transaction(async (tx) => {
		const repository = createOrganisationsRepository({ db: tx });
		const row = await repository.findById(id);
		if (!row) throw organisationNotFound(id);
		authorize(organisationsPolicy, context.actor, 'update', { organisationIds: [row.id] });
		await assertUnchangedSince(tx, { entityType: 'organisation', entityId: row.id, updatedAt: row.updatedAt }, { expectedUpdatedAt });
		const hasLogo = (await repository.withLogo([row.id])).has(row.id);
		const before = presentOrganisation(row, hasLogo);
		const organisation = organisationInputSchema.parse(withChanges(organisationInputOf(row), changes, organisationChangesSchema));
		await assertKnownFields(tx, organisation);
		const after = presentOrganisation(await repository.update(row.id, organisation), hasLogo);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'organisation.update', entityType: 'organisation', entityId: row.id, before, after }
		});
		return after;
	});
}
