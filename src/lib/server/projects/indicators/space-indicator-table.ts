import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { projects } from '../projects.table.ts';
import { indicatorProgress } from './indicator-progress.ts';
import { indicatorsPolicy } from './indicators.policy.ts';
import { indicatorActuals, projectIndicators, type IndicatorMeasure } from './indicators.table.ts';

export type SpaceIndicatorRow = {
	project: { id: string; slug: string; title: LocalizedText };
	indicator: { id: string; name: LocalizedText; unit: string; measure: IndicatorMeasure; computed: boolean };
	baselineValue: number;
	target: number;
	/** The last period with an approved figure, and that figure; none while nothing is approved. */
	latest: { startsOn: string; endsOn: string; actual: number } | null;
	/** What was achieved (the periods added up, or the latest of a per-period measure). */
	achieved: number | null;
	/** The way from baseline to target travelled; 1 = reached. */
	fraction: number | null;
};

/**
 * Every indicator of every project of a space with its latest actual and progress, for the space's
 * public indicator table: two queries however many projects, indicators and periods (the
 * indicators with their projects; the approved parts summed per indicator and period by the
 * database), joined in one pass. Indicators computed by a rule are listed without figures: their
 * rules run a query per period, which the project's own page affords and a table of a thousand
 * indicators does not.
 */
export async function listSpaceIndicators({ db, actor, space }: { db: Database; actor: Actor; space: SpaceRef }): Promise<SpaceIndicatorRow[]> {
	authorize(indicatorsPolicy, actor, 'read', { spaceId: space.id });
	const indicators = await db
		.select({
			project: { id: projects.id, slug: projects.slug, title: projects.title },
			id: projectIndicators.id,
			name: projectIndicators.name,
			unit: projectIndicators.unit,
			measure: projectIndicators.measure,
			ruleId: projectIndicators.ruleId,
			baselineValue: projectIndicators.baselineValue,
			target: projectIndicators.target,
			periods: projectIndicators.periods
		})
		.from(projectIndicators)
		.innerJoin(projects, and(eq(projects.spaceId, projectIndicators.spaceId), eq(projects.id, projectIndicators.projectId)))
		.where(eq(projectIndicators.spaceId, space.id))
		.orderBy(desc(sql`coalesce(${projects.startsOn}, '0001-01-01')`), asc(projects.id), asc(projectIndicators.createdAt), asc(projectIndicators.id));
	if (indicators.length === 0) return [];
	const sums = await db
		.select({ indicatorId: indicatorActuals.indicatorId, startsOn: indicatorActuals.periodStartsOn, total: sql<string>`sum(${indicatorActuals.value})` })
		.from(indicatorActuals)
		.where(and(eq(indicatorActuals.spaceId, space.id), eq(indicatorActuals.status, 'approved')))
		.groupBy(indicatorActuals.indicatorId, indicatorActuals.periodStartsOn);
	const byIndicator = new Map<string, Map<string, number>>();
	for (const { indicatorId, startsOn, total } of sums) {
		const periods = byIndicator.get(indicatorId) ?? new Map<string, number>();
		periods.set(startsOn, Number(total));
		byIndicator.set(indicatorId, periods);
	}
	return indicators.map((row) => {
		const computed = row.ruleId !== null;
		const entered = computed ? undefined : byIndicator.get(row.id);
		const actuals = row.periods.map((period) => entered?.get(period.startsOn) ?? null);
		const progress = indicatorProgress({ baseline: row.baselineValue, target: row.target, measure: row.measure, actuals });
		const latestIndex = actuals.findLastIndex((actual) => actual !== null);
		const latestPeriod = row.periods[latestIndex];
		return {
			project: row.project,
			indicator: { id: row.id, name: row.name, unit: row.unit, measure: row.measure, computed },
			baselineValue: row.baselineValue,
			target: row.target,
			latest: latestPeriod ? { ...latestPeriod, actual: actuals[latestIndex]! } : null,
			achieved: progress.achieved,
			fraction: progress.fraction
		};
	});
}
