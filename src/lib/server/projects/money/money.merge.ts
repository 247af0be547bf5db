import { eq } from 'drizzle-orm';
import type { OrganisationReference } from '../../manifest/manifest.ts';
import { projectFundingLines, publicCalls } from './money.table.ts';

/** A merge of two organisations moves the merged one's funding lines and own funds, and the calls it published, to the kept one. */
export const moneyOrganisationReferences: OrganisationReference[] = [
	{
		name: 'projectFundingLines',
		column: projectFundingLines.organisationId,
		moveOnMerge: async (db, fromId, toId) =>
			(await db.update(projectFundingLines).set({ organisationId: toId }).where(eq(projectFundingLines.organisationId, fromId)).returning()).length
	},
	{
		name: 'publicCalls',
		column: publicCalls.funderOrganisationId,
		moveOnMerge: async (db, fromId, toId) =>
			(await db.update(publicCalls).set({ funderOrganisationId: toId }).where(eq(publicCalls.funderOrganisationId, fromId)).returning()).length
	}
];
