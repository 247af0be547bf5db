import { sql } from 'drizzle-orm';
import { date, foreignKey, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../shared/localized.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { projects } from '../projects.table.ts';

export type IndicatorMeasure = 'cumulative' | 'per_period';
export type ReportingPeriod = { startsOn: string; endsOn: string };
export type ActualStatus = 'draft' | 'submitted' | 'approved';

/**
 * What a project promised to achieve and measures by period. Its actuals are entered (with evidence)
 * or, when `rule_id` names a rule a module registered, computed from the platform's data.
 */
export const projectIndicators = pgTable(
	'project_indicators',
	{
		spaceId: uuid('space_id').notNull(),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		projectId: uuid('project_id').notNull(),
		name: jsonb('name').notNull().$type<LocalizedText>(),
		unit: text('unit').notNull(),
		baselineValue: numeric('baseline_value', { mode: 'number' }).notNull().default(0),
		baselineOn: date('baseline_on'),
		target: numeric('target', { mode: 'number' }).notNull(),
		measure: text('measure').notNull().$type<IndicatorMeasure>(),
		/** The reporting periods in order; few, and always read with the indicator. */
		periods: jsonb('periods').notNull().$type<ReportingPeriod[]>(),
		ruleId: text('rule_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }).onDelete('cascade')
	]
);

/**
 * An entered actual of one period: the hub's own (no organisation) or a partner's part of it. Only
 * approved parts count towards the period's actual.
 */
export const indicatorActuals = pgTable(
	'project_indicator_actuals',
	{
		spaceId: uuid('space_id').notNull(),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		indicatorId: uuid('indicator_id').notNull(),
		periodStartsOn: date('period_starts_on').notNull(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		value: numeric('value', { mode: 'number' }).notNull(),
		note: text('note').notNull().default(''),
		link: text('link'),
		status: text('status').notNull().$type<ActualStatus>().default('draft'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		unique('project_indicator_actuals_part').on(table.spaceId, table.indicatorId, table.periodStartsOn, table.organisationId).nullsNotDistinct(),
		foreignKey({ columns: [table.spaceId, table.indicatorId], foreignColumns: [projectIndicators.spaceId, projectIndicators.id] }).onDelete('cascade')
	]
);

export type IndicatorRow = typeof projectIndicators.$inferSelect;
export type ActualRow = typeof indicatorActuals.$inferSelect;
