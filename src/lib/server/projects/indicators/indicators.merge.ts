import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { OrganisationReference } from '../../manifest/manifest.ts';
import { indicatorActuals } from './indicators.table.ts';

/** Moves the merged organisation's parts of actuals to the kept one; where both entered a period, the kept one's part stays. */
async function moveActualParts(db: Database, fromId: string, toId: string): Promise<number> {
	const moved = await db
		.update(indicatorActuals)
		.set({ organisationId: toId })
		.where(
			and(
				eq(indicatorActuals.organisationId, fromId),
				sql`not exists (select 1 from project_indicator_actuals kept where kept.space_id = ${indicatorActuals.spaceId} and kept.indicator_id = ${indicatorActuals.indicatorId} and kept.period_starts_on = ${indicatorActuals.periodStartsOn} and kept.organisation_id = ${toId})`
			)
		)
		.returning({ id: indicatorActuals.id });
	const doubled = await db.delete(indicatorActuals).where(eq(indicatorActuals.organisationId, fromId)).returning({ id: indicatorActuals.id });
	return moved.length + doubled.length;
}

export const indicatorPartsOfOrganisation: OrganisationReference = {
	name: 'indicatorActuals',
	column: indicatorActuals.organisationId,
	moveOnMerge: moveActualParts
};
