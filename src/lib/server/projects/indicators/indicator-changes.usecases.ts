import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace } from '../../spaces/space-scope.ts';
import { indicatorNotFound } from './indicators.errors.ts';
import { indicatorsPolicy } from './indicators.policy.ts';
import { createIndicatorsRepository } from './indicators.repository.ts';
import { indicatorChangesSchema } from './indicators.schemas.ts';
import type { IndicatorRow } from './indicators.table.ts';
import { projectAndSpace } from './indicators.usecases.ts';

type IndicatorScope = { db: Database; context: AuditContext; projectId: string; indicatorId: string };

const described = ({ spaceId: _space, createdAt: _created, ...fields }: IndicatorRow) => fields;

/**
 * Changes an indicator's name, unit, baseline, target or measure (admins and staff of its space),
 * audited with the fields before and after. Its periods stay: the actuals are entered by them.
 */
export async function updateIndicator({ db, context, projectId, indicatorId, input }: IndicatorScope & { input: unknown }): Promise<IndicatorRow> {
	const { project, space } = await projectAndSpace(db, projectId);
	return changingInSpace({ db, context, space }, indicatorsPolicy, 'manage', async (tx) => {
		const changes = indicatorChangesSchema.parse(input);
		const repository = createIndicatorsRepository({ db: tx, spaceId: space.id });
		const current = isUuid(indicatorId) ? await repository.find(project.id, indicatorId) : undefined;
		if (!current) throw indicatorNotFound(indicatorId);
		const changed = Object.fromEntries(
			Object.entries(changes).filter(([field, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(current[field as keyof IndicatorRow]))
		) as typeof changes;
		if (Object.keys(changed).length === 0) return current;
		const row = (await repository.update(project.id, current.id, changed))!;
		const before = Object.fromEntries(Object.keys(changed).map((field) => [field, current[field as keyof IndicatorRow]]));
		await recordAudit({
			db: tx,
			context,
			change: { action: 'project.indicator_update', entityType: 'project_indicator', entityId: row.id, spaceId: space.id, before, after: changed }
		});
		return row;
	});
}

/** Removes an indicator with every actual entered for it (admins and staff of its space), audited with what it was. */
export async function deleteIndicator({ db, context, projectId, indicatorId }: IndicatorScope): Promise<void> {
	const { project, space } = await projectAndSpace(db, projectId);
	await changingInSpace({ db, context, space }, indicatorsPolicy, 'manage', async (tx) => {
		const removed = isUuid(indicatorId) ? await createIndicatorsRepository({ db: tx, spaceId: space.id }).delete(project.id, indicatorId) : undefined;
		if (!removed) throw indicatorNotFound(indicatorId);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'project.indicator_delete', entityType: 'project_indicator', entityId: removed.id, spaceId: space.id, before: described(removed) }
		});
	});
}
