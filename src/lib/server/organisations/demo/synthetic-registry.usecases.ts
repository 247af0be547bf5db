import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { authorize } from '../../policy/policy.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { toOrganisationColumns } from '../organisations.repository.ts';
import { organisationInputSchema } from '../organisations.schemas.ts';
import { organisations } from '../organisations.table.ts';
import { generateRegistry } from './synthetic-registry.ts';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at ≈ 20 columns a row. */
const chunkSize = 1_000;

export type SyntheticLoadResult = { inserted: number; skipped: number };

/**
 * Writes a synthetic registry into the database in multi-row inserts. Organisations whose
 * registration number is already there are skipped, so loading the same seed twice adds nothing.
 * (`demo:members` then has a share of them join the demo spaces.)
 */
export async function loadSyntheticRegistry({
	db,
	context,
	count,
	seed,
	onProgress
}: {
	db: Database;
	context: AuditContext;
	count: number;
	seed: number | string;
	onProgress?: (done: number, total: number) => void;
}): Promise<SyntheticLoadResult> {
	authorize(organisationsPolicy, context.actor, 'import');
	const inputs = generateRegistry({ count, seed }).map((row) => organisationInputSchema.parse(row.organisation));
	return db.transaction(async (tx) => {
		let inserted = 0;
		for (let start = 0; start < inputs.length; start += chunkSize) {
			const chunk = inputs.slice(start, start + chunkSize);
			const rows = await tx
				.insert(organisations)
				.values(chunk.map(toOrganisationColumns))
				.onConflictDoNothing({ target: organisations.registrationNumber })
				.returning({ id: organisations.id });
			inserted += rows.length;
			onProgress?.(Math.min(start + chunkSize, inputs.length), inputs.length);
		}
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'organisation.synthetic_registry',
				entityType: 'organisation',
				entityId: `synthetic:${seed}`,
				after: { count, seed, inserted }
			}
		});
		return { inserted, skipped: inputs.length - inserted };
	});
}
