import { eq } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import { recordAudit } from '../../audit/audit.usecases.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { createOrganisation } from '../organisations.usecases.ts';
import { organisations } from '../organisations.table.ts';
import { demoOrganisations, demoSpaceMembers } from './demo-organisations.ts';

/**
 * Adds the organisations of the seeds that are not there yet (by name), and makes the hosts of
 * the spaces created just now members of them. Spaces that were there before keep their members
 * as people left them.
 */
export async function loadDemoOrganisations({ db, context, createdSpaces }: DemoLoad): Promise<DemoLoaded> {
	const idsByShortName = new Map<string, string>();
	const created: string[] = [];
	const skipped: string[] = [];
	for (const input of demoOrganisations) {
		const [existing] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.sortName, foldText(input.name))).limit(1);
		const id = existing?.id ?? (await createOrganisation({ db, context, input })).id;
		(existing ? skipped : created).push(input.name);
		if (input.shortName) idsByShortName.set(input.shortName, id);
	}
	for (const [slug, spaceId] of createdSpaces) {
		const members = (demoSpaceMembers[slug] ?? []).map((shortName) => idsByShortName.get(shortName)!);
		if (members.length === 0) continue;
		const rows = await db
			.insert(memberships)
			.values(members.map((organisationId) => ({ spaceId, organisationId, status: 'member' as const })))
			.onConflictDoNothing()
			.returning();
		for (const row of rows) {
			await recordAudit({
				db,
				context,
				change: { action: 'membership.create', entityType: 'membership', entityId: `${spaceId}:${row.organisationId}`, spaceId, after: row }
			});
		}
	}
	return { created, skipped };
}
