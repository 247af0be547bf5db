import { and, eq } from 'drizzle-orm';
import type { ProjectCopy } from '../duplicate/project-copy.ts';
import { projectFundingLines, projectMoney } from './money.table.ts';

/** Copies a project's total value, its call and its sources (funding lines and own funds) to a new project of the same space. */
export async function copyProjectMoney({ db, spaceId, fromId, toId }: ProjectCopy): Promise<number> {
	const [money] = await db
		.select()
		.from(projectMoney)
		.where(and(eq(projectMoney.spaceId, spaceId), eq(projectMoney.projectId, fromId)));
	if (!money) return 0;
	await db.insert(projectMoney).values({ spaceId, projectId: toId, total: money.total, callId: money.callId });
	const lines = await db
		.select()
		.from(projectFundingLines)
		.where(and(eq(projectFundingLines.spaceId, spaceId), eq(projectFundingLines.projectId, fromId)));
	if (lines.length > 0) await db.insert(projectFundingLines).values(lines.map((line) => ({ ...line, projectId: toId })));
	return 1 + lines.length;
}
