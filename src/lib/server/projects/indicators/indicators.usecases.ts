import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize, can } from '../../policy/policy.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, findSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import { spaceReadOnly } from '../../spaces/spaces.errors.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { generatePeriods, indicatorProgress } from './indicator-progress.ts';
import { indicatorRules } from './indicator-rules.ts';
import {
	indicatorActualNotFound,
	indicatorActualStep,
	indicatorComputed,
	indicatorNotFound,
	indicatorPartnerNotInProject,
	indicatorPeriodUnknown,
	indicatorRuleUnknown
} from './indicators.errors.ts';
import { indicatorsPolicy } from './indicators.policy.ts';
import { createIndicatorsRepository, findIndicatorProject, type IndicatorProject } from './indicators.repository.ts';
import { actualInputSchema, actualStepSchema, indicatorInputSchema, type Actual, type Indicator } from './indicators.schemas.ts';
import type { ActualRow, IndicatorRow } from './indicators.table.ts';

const rules = indicatorRules;

/** The rules modules offer, for choosing one when defining an indicator. */
export const indicatorRuleChoices = () => [...rules().values()].map(({ id, words }) => ({ id, words }));

/** The project an id names and its space, or `project_not_found`. */
export async function projectAndSpace(db: Database, projectId: string): Promise<{ project: IndicatorProject; space: SpaceRef }> {
	const project = isUuid(projectId) ? await findIndicatorProject(db, projectId) : undefined;
	const space = project && (await findSpace(db, project.space.slug));
	if (!project || !space) throw projectNotFound(projectId);
	return { project, space };
}

const actualOf = (row: ActualRow): Actual => ({
	id: row.id,
	periodStartsOn: row.periodStartsOn,
	organisationId: row.organisationId,
	value: row.value,
	note: row.note,
	link: row.link,
	status: row.status
});

/**
 * A project's indicators with their actuals by period (computed by their rule, or the sum of the
 * approved parts entered) and progress against the target; anyone may read them. Staff see every
 * entered part, a partner its own, others the approved ones.
 */
export async function listIndicators({ db, actor, projectId }: { db: Database; actor: Actor; projectId: string }): Promise<Indicator[]> {
	const { project, space } = await projectAndSpace(db, projectId);
	authorize(indicatorsPolicy, actor, 'read', { spaceId: space.id });
	const staff = can(indicatorsPolicy, actor, 'manage', { spaceId: space.id });
	const { indicators, actuals } = await createIndicatorsRepository({ db, spaceId: space.id }).listWithActuals(project.id);
	const shown = (row: ActualRow) =>
		staff || row.status === 'approved' || (row.organisationId !== null && can(indicatorsPolicy, actor, 'report', { organisationIds: [row.organisationId] }));
	return Promise.all(
		indicators.map(async (indicator) => {
			const own = actuals.filter((row) => row.indicatorId === indicator.id);
			const periodActuals = await Promise.all(indicator.periods.map((period) => periodActual(db, space, project, indicator, period, own)));
			const progress = indicatorProgress({ baseline: indicator.baselineValue, target: indicator.target, measure: indicator.measure, actuals: periodActuals });
			return {
				id: indicator.id,
				name: indicator.name,
				unit: indicator.unit,
				baselineValue: indicator.baselineValue,
				baselineOn: indicator.baselineOn,
				target: indicator.target,
				measure: indicator.measure,
				ruleId: indicator.ruleId,
				periods: indicator.periods.map((period, index) => ({ ...period, ...progress.periods[index]! })),
				achieved: progress.achieved,
				fraction: progress.fraction,
				actuals: own.filter(shown).map(actualOf)
			};
		})
	);
}

/** A period's actual: computed by the indicator's rule, or the sum of its approved parts (none while none is approved). */
export async function periodActual(
	db: Database,
	space: { id: string },
	project: { id: string },
	indicator: IndicatorRow,
	period: { startsOn: string; endsOn: string },
	actuals: ActualRow[]
): Promise<number | null> {
	const rule = indicator.ruleId ? rules().get(indicator.ruleId) : undefined;
	if (rule) return rule.compute({ db, space, project, from: period.startsOn, to: period.endsOn });
	const approved = actuals.filter((row) => row.periodStartsOn === period.startsOn && row.status === 'approved');
	return approved.length ? approved.reduce((sum, row) => sum + row.value, 0) : null;
}

/** A new indicator of a project (admins and staff of its space), audited. */
export async function createIndicator({ db, context, projectId, input }: { db: Database; context: AuditContext; projectId: string; input: unknown }) {
	const { project, space } = await projectAndSpace(db, projectId);
	return changingInSpace({ db, context, space }, indicatorsPolicy, 'manage', async (tx) => {
		const { every, from, to, periods, ruleId, ...fields } = indicatorInputSchema.parse(input);
		if (ruleId && !rules().has(ruleId)) throw indicatorRuleUnknown(ruleId);
		const start = from ?? project.startsOn;
		const end = to ?? project.endsOn;
		const listed = periods ?? (start && end && every ? generatePeriods(start, end, every) : []);
		if (listed.length === 0) throw indicatorPeriodUnknown(start ?? '');
		const row = await createIndicatorsRepository({ db: tx, spaceId: space.id }).insert({
			...fields,
			baselineOn: fields.baselineOn ?? null,
			projectId: project.id,
			periods: listed,
			ruleId: ruleId ?? null
		});
		const { spaceId: _space, createdAt: _created, ...after } = row;
		await recordAudit({
			db: tx,
			context,
			change: { action: 'project.indicator_create', entityType: 'project_indicator', entityId: row.id, spaceId: space.id, after }
		});
		return row;
	});
}

type ActualScope = { db: Database; context: AuditContext; projectId: string; indicatorId: string };

/**
 * A partner's member editor, or the space's staff, within one transaction on a space that is not
 * archived: a partner only for an organisation taking part in the project.
 */
async function reporting<T>(
	{ db, context, projectId, indicatorId }: ActualScope,
	organisationId: string | null,
	work: (tx: Database, repository: ReturnType<typeof createIndicatorsRepository>, indicator: IndicatorRow, space: SpaceRef) => Promise<T>
): Promise<T> {
	const { project, space } = await projectAndSpace(db, projectId);
	authorize(indicatorsPolicy, context.actor, organisationId ? 'report' : 'manage', {
		spaceId: space.id,
		organisationIds: organisationId ? [organisationId] : []
	});
	if (space.archived) throw spaceReadOnly(space.slug);
	return db.transaction(async (tx) => {
		const repository = createIndicatorsRepository({ db: tx, spaceId: space.id });
		const indicator = isUuid(indicatorId) ? await repository.find(project.id, indicatorId) : undefined;
		if (!indicator) throw indicatorNotFound(indicatorId);
		if (organisationId && !(await repository.takesPart(project.id, organisationId))) throw indicatorPartnerNotInProject(organisationId);
		return work(tx, repository, indicator, space);
	});
}

/** Enters one period's actual, or a partner's part of it, with its evidence; it is a draft until submitted and approved. Audited. */
export async function enterActual(scope: ActualScope & { input: unknown }): Promise<Actual> {
	const input = actualInputSchema.parse(scope.input);
	const organisationId = input.organisationId ?? null;
	return reporting(scope, organisationId, async (tx, repository, indicator, space) => {
		if (indicator.ruleId) throw indicatorComputed(indicator.ruleId);
		if (!indicator.periods.some((period) => period.startsOn === input.periodStartsOn)) throw indicatorPeriodUnknown(input.periodStartsOn);
		const row = await repository.upsertActual({ ...input, organisationId, link: input.link ?? null, indicatorId: indicator.id });
		const after = actualOf(row);
		await recordAudit({
			db: tx,
			context: scope.context,
			change: { action: 'project.indicator_actual_enter', entityType: 'project_indicator', entityId: indicator.id, spaceId: space.id, after }
		});
		return after;
	});
}

/** Which status each step starts from, and what the audit log calls it. */
const steps = {
	submitted: { from: ['draft'], action: 'project.indicator_actual_submit' },
	approved: { from: ['submitted'], action: 'project.indicator_actual_approve' },
	draft: { from: ['submitted', 'approved'], action: 'project.indicator_actual_return' }
} as const;

/**
 * Moves an entered actual on: whoever may enter it submits a draft; only the space's staff approve a
 * submitted one or return it to draft. Every step is audited.
 */
export async function stepActual(scope: ActualScope & { actualId: string; input: unknown }): Promise<Actual> {
	const { status } = actualStepSchema.parse(scope.input);
	const { space } = await projectAndSpace(scope.db, scope.projectId);
	const probe = isUuid(scope.actualId)
		? await createIndicatorsRepository({ db: scope.db, spaceId: space.id }).findActual(scope.indicatorId, scope.actualId)
		: undefined;
	if (!probe) throw indicatorActualNotFound(scope.actualId);
	// approving and returning are the staff's, whoever entered the part
	if (status !== 'submitted') authorize(indicatorsPolicy, scope.context.actor, 'manage', { spaceId: space.id });
	return reporting(scope, probe.organisationId, async (tx, repository, indicator) => {
		const current = await repository.findActual(indicator.id, scope.actualId);
		if (!current) throw indicatorActualNotFound(scope.actualId);
		if (!(steps[status].from as readonly string[]).includes(current.status)) throw indicatorActualStep(current.status, status);
		const after = actualOf(await repository.setStatus(current.id, status));
		await recordAudit({
			db: tx,
			context: scope.context,
			change: {
				action: steps[status].action,
				entityType: 'project_indicator',
				entityId: indicator.id,
				spaceId: space.id,
				before: { status: current.status },
				after
			}
		});
		return after;
	});
}
