import { inArray } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { addMembership } from '../memberships.usecases.ts';
import { demoSpaceMembers } from './demo-memberships.ts';

/**
 * Makes the hosts of the spaces created just now members of them (the organisations module loaded
 * them first). Spaces that were there before keep their members as people left them.
 */
export async function loadDemoMemberships({ db, context, createdSpaces }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	for (const slug of createdSpaces.keys()) {
		const names = demoSpaceMembers[slug] ?? [];
		if (names.length === 0) continue;
		const space = await findSpaceRef(db, slug);
		const rows = await db
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(inArray(organisations.sortName, names.map(foldText)));
		for (const organisation of rows) {
			await addMembership({ db, context, space, organisationId: organisation.id, input: { status: 'member' } });
			created.push(`${slug}: ${organisation.name}`);
		}
	}
	return { created, skipped: [] };
}
