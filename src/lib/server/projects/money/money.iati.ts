import { and, eq, inArray } from 'drizzle-orm';
import type { IatiActivityPart } from '../iati/iati-parts.ts';
import { projects } from '../projects.table.ts';
import { projectMoney } from './money.table.ts';

/**
 * The money of the exported projects as IATI budgets, in one query: the project's total as one
 * original budget over the activity's period, valued on its start (in the activity's currency,
 * EUR). A project without both dates gets no budget, since IATI wants the budget inside the
 * activity's period. Funding lines are not exported as incoming-funds transactions: nobody records
 * when the money came in, and IATI requires a transaction's date.
 */
export const moneyIatiPart: IatiActivityPart = async ({ db, spaceId, projectIds }) => {
	if (projectIds.length === 0) return new Map();
	const rows = await db
		.select({ projectId: projectMoney.projectId, total: projectMoney.total, startsOn: projects.startsOn, endsOn: projects.endsOn })
		.from(projectMoney)
		.innerJoin(projects, and(eq(projects.spaceId, projectMoney.spaceId), eq(projects.id, projectMoney.projectId)))
		.where(and(eq(projectMoney.spaceId, spaceId), inArray(projectMoney.projectId, projectIds)));
	return new Map(
		rows.flatMap(({ projectId, total, startsOn, endsOn }) =>
			startsOn && endsOn ? [[projectId, { budgets: [{ periodStart: startsOn, periodEnd: endsOn, value: Number(total), valueDate: startsOn }] }] as const] : []
		)
	);
};
