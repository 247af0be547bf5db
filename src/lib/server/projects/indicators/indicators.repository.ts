import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { projectOrganisations } from '../partners/project-organisations.table.ts';
import { projects } from '../projects.table.ts';
import { indicatorActuals, projectIndicators, type ActualRow, type IndicatorRow } from './indicators.table.ts';

/** What an indicator's editing may change: its periods stay, as its actuals are entered by them. */
export type IndicatorChangeable = 'name' | 'unit' | 'baselineValue' | 'baselineOn' | 'target' | 'measure';

export type IndicatorProject = { id: string; startsOn: string | null; endsOn: string | null; space: { id: string; slug: string } };

/** The project an id names, with its space: the API addresses projects by id alone. */
export async function findIndicatorProject(db: Database, projectId: string): Promise<IndicatorProject | undefined> {
	const [row] = await db
		.select({ id: projects.id, startsOn: projects.startsOn, endsOn: projects.endsOn, space: { id: spaces.id, slug: spaces.slug } })
		.from(projects)
		.innerJoin(spaces, eq(spaces.id, projects.spaceId))
		.where(eq(projects.id, projectId));
	return row;
}

/** The indicators of the projects of one space: every query is bound to it. */
export function createIndicatorsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		/** The project's indicators in the order they were made, and every entered actual of them, in two queries. */
		async listWithActuals(projectId: string): Promise<{ indicators: IndicatorRow[]; actuals: ActualRow[] }> {
			const indicators = await db
				.select()
				.from(projectIndicators)
				.where(and(eq(projectIndicators.spaceId, spaceId), eq(projectIndicators.projectId, projectId)))
				.orderBy(asc(projectIndicators.createdAt), asc(projectIndicators.id));
			const ids = indicators.map((indicator) => indicator.id);
			const actuals = ids.length
				? await db
						.select()
						.from(indicatorActuals)
						.where(and(eq(indicatorActuals.spaceId, spaceId), inArray(indicatorActuals.indicatorId, ids)))
						.orderBy(asc(indicatorActuals.periodStartsOn), asc(indicatorActuals.updatedAt))
				: [];
			return { indicators, actuals };
		},

		async find(projectId: string, indicatorId: string): Promise<IndicatorRow | undefined> {
			const [row] = await db
				.select()
				.from(projectIndicators)
				.where(and(eq(projectIndicators.spaceId, spaceId), eq(projectIndicators.projectId, projectId), eq(projectIndicators.id, indicatorId)));
			return row;
		},

		async insert(values: Omit<typeof projectIndicators.$inferInsert, 'spaceId'>): Promise<IndicatorRow> {
			const [row] = await db
				.insert(projectIndicators)
				.values({ ...values, spaceId })
				.returning();
			return row!;
		},

		async update(projectId: string, indicatorId: string, values: Partial<Pick<IndicatorRow, IndicatorChangeable>>): Promise<IndicatorRow | undefined> {
			const [row] = await db
				.update(projectIndicators)
				.set(values)
				.where(and(eq(projectIndicators.spaceId, spaceId), eq(projectIndicators.projectId, projectId), eq(projectIndicators.id, indicatorId)))
				.returning();
			return row;
		},

		/** Removes the indicator; its entered actuals go with it. */
		async delete(projectId: string, indicatorId: string): Promise<IndicatorRow | undefined> {
			const [row] = await db
				.delete(projectIndicators)
				.where(and(eq(projectIndicators.spaceId, spaceId), eq(projectIndicators.projectId, projectId), eq(projectIndicators.id, indicatorId)))
				.returning();
			return row;
		},

		async takesPart(projectId: string, organisationId: string): Promise<boolean> {
			const [row] = await db
				.select({ id: projectOrganisations.organisationId })
				.from(projectOrganisations)
				.where(
					and(eq(projectOrganisations.spaceId, spaceId), eq(projectOrganisations.projectId, projectId), eq(projectOrganisations.organisationId, organisationId))
				)
				.limit(1);
			return Boolean(row);
		},

		/** Enters (or enters anew) one part of a period's actual; it is a draft again. */
		async upsertActual(values: Omit<typeof indicatorActuals.$inferInsert, 'spaceId' | 'status' | 'updatedAt'>): Promise<ActualRow> {
			const [row] = await db
				.insert(indicatorActuals)
				.values({ ...values, spaceId, status: 'draft' })
				.onConflictDoUpdate({
					target: [indicatorActuals.spaceId, indicatorActuals.indicatorId, indicatorActuals.periodStartsOn, indicatorActuals.organisationId],
					set: { value: values.value, note: values.note, link: values.link, status: 'draft', updatedAt: new Date() }
				})
				.returning();
			return row!;
		},

		async findActual(indicatorId: string, actualId: string): Promise<ActualRow | undefined> {
			const [row] = await db
				.select()
				.from(indicatorActuals)
				.where(and(eq(indicatorActuals.spaceId, spaceId), eq(indicatorActuals.indicatorId, indicatorId), eq(indicatorActuals.id, actualId)))
				.for('update');
			return row;
		},

		async setStatus(actualId: string, status: ActualRow['status']): Promise<ActualRow> {
			const [row] = await db
				.update(indicatorActuals)
				.set({ status, updatedAt: new Date() })
				.where(and(eq(indicatorActuals.spaceId, spaceId), eq(indicatorActuals.id, actualId)))
				.returning();
			return row!;
		}
	};
}
