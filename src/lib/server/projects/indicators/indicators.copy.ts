import { and, asc, eq } from 'drizzle-orm';
import type { ProjectCopy } from '../duplicate/project-copy.ts';
import { projectIndicators } from './indicators.table.ts';

/**
 * Copies what a project's indicators are (name, unit, baseline, target, periods, rule) to a new
 * project of the same space; never their actuals, which belong to the project that achieved them.
 */
export async function copyProjectIndicators({ db, spaceId, fromId, toId }: ProjectCopy): Promise<number> {
	const rows = await db
		.select()
		.from(projectIndicators)
		.where(and(eq(projectIndicators.spaceId, spaceId), eq(projectIndicators.projectId, fromId)))
		.orderBy(asc(projectIndicators.createdAt), asc(projectIndicators.id));
	// indicators are listed in the order they were made: the copies are made a millisecond apart, in the same order
	const now = Date.now();
	if (rows.length > 0)
		await db.insert(projectIndicators).values(rows.map(({ id: _id, ...row }, index) => ({ ...row, projectId: toId, createdAt: new Date(now + index) })));
	return rows.length;
}
