import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { projectFundingLines, projectMoney, publicCalls, type FundingLineRow, type PublicCallRow } from './money.table.ts';

const funder = { id: organisations.id, name: organisations.name, shortName: organisations.shortName };
export type OrganisationName = { id: string; name: string; shortName: string | null };
export type PublicCallListing = PublicCallRow & { funder: OrganisationName | null };

/** Public calls are platform-wide: one record per call, whatever space's project was selected in it. */
export function createPublicCallsRepository({ db }: { db: Database }) {
	const select = () =>
		db.select({ call: publicCalls, funder }).from(publicCalls).leftJoin(organisations, eq(organisations.id, publicCalls.funderOrganisationId));
	const listing = ({ call, funder }: { call: PublicCallRow; funder: OrganisationName | null }): PublicCallListing => ({ ...call, funder });
	return {
		async list(): Promise<PublicCallListing[]> {
			return (await select().orderBy(desc(publicCalls.year), asc(publicCalls.createdAt))).map(listing);
		},
		async findById(id: string): Promise<PublicCallListing | undefined> {
			const [row] = await select().where(eq(publicCalls.id, id));
			return row && listing(row);
		},
		async insert(values: typeof publicCalls.$inferInsert): Promise<PublicCallRow> {
			const [row] = await db.insert(publicCalls).values(values).returning();
			return row!;
		},
		/** A call's record changed by the calls module (calls/), which keeps what calls state beyond it. */
		async update(id: string, values: Partial<typeof publicCalls.$inferInsert>): Promise<void> {
			if (Object.keys(values).length > 0) await db.update(publicCalls).set(values).where(eq(publicCalls.id, id));
		}
	};
}

/** The money of the projects of one space: every query is bound to it. */
export function createProjectMoneyRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		async find(projectId: string) {
			const [money] = await db
				.select()
				.from(projectMoney)
				.where(and(eq(projectMoney.spaceId, spaceId), eq(projectMoney.projectId, projectId)));
			const lines = await db
				.select({ line: projectFundingLines, organisation: funder })
				.from(projectFundingLines)
				.leftJoin(organisations, eq(organisations.id, projectFundingLines.organisationId))
				.where(and(eq(projectFundingLines.spaceId, spaceId), eq(projectFundingLines.projectId, projectId)))
				.orderBy(asc(projectFundingLines.position));
			return { money, lines };
		},

		/** Replaces the project's money as a whole: the total, the call and every line. */
		async replace(
			projectId: string,
			{ total, callId, lines }: { total: string; callId: string | null; lines: Omit<FundingLineRow, 'spaceId' | 'projectId' | 'position'>[] }
		): Promise<void> {
			await db
				.insert(projectMoney)
				.values({ spaceId, projectId, total, callId })
				.onConflictDoUpdate({ target: [projectMoney.spaceId, projectMoney.projectId], set: { total, callId, updatedAt: new Date() } });
			await db.delete(projectFundingLines).where(and(eq(projectFundingLines.spaceId, spaceId), eq(projectFundingLines.projectId, projectId)));
			if (lines.length > 0) await db.insert(projectFundingLines).values(lines.map((line, position) => ({ ...line, spaceId, projectId, position })));
		}
	};
}
