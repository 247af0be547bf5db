import type { Database } from '../db/client.ts';
import { AppError } from '../shared/errors.ts';
import { changedFields } from './audit.presenter.ts';
import { createAuditRepository } from './audit.repository.ts';

/** Who changed a record since an editor loaded it, and which of its fields, from the audit log. */
export type ChangedMeanwhile = { currentUpdatedAt: string; changedBy: string[]; changedFields: string[] };

/** The version an editor saw: the `updatedAt` of the record as it was loaded (a form's hidden field, an API's `If-Match`). */
export type ExpectedVersion = { expectedUpdatedAt?: string | undefined };

const sameInstant = (left: Date, right: string) => left.getTime() === new Date(right).getTime();

/**
 * Refuses a change made on an old version of a record (412 `changed_meanwhile`), so that of two
 * people editing at once the second never overwrites the first silently. The error says who
 * changed the record since and which fields, for the editor to compare with their own input.
 * Without an expected version (an API client that sends no `If-Match`) the change goes ahead.
 */
export async function assertUnchangedSince(
	db: Database,
	record: { entityType: string; entityId: string; updatedAt: Date },
	{ expectedUpdatedAt }: ExpectedVersion
): Promise<void> {
	if (expectedUpdatedAt === undefined || sameInstant(record.updatedAt, expectedUpdatedAt)) return;
	const seen = new Date(expectedUpdatedAt);
	const since = (await createAuditRepository({ db }).entriesAbout(record.entityType, record.entityId)).filter(
		(entry) => Number.isNaN(seen.getTime()) || entry.createdAt > seen
	);
	const details: ChangedMeanwhile = {
		currentUpdatedAt: record.updatedAt.toISOString(),
		changedBy: [...new Set(since.map((entry) => entry.actorLabel))],
		changedFields: [...new Set(since.flatMap((entry) => changedFields(entry.before, entry.after)))].sort()
	};
	throw new AppError(
		'changed_meanwhile',
		'precondition_failed',
		'The record was changed by somebody else since it was read; read it again and repeat the change.',
		details
	);
}
