import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LegalForm } from '../../reference/legal-forms.ts';
import type { RegionCode } from '../../reference/regions.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { publicCalls } from '../projects/money/money.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

/**
 * What a funding call (javni razpis) states beyond the record projects refer to (`public_calls`:
 * title, funder, year): where it is published, its deadlines, its amounts exactly as it states
 * them, who may apply. One row per call; platform-wide, like the call itself. `enteredInSpaceId`
 * records which space's staff entered it.
 */
export const callTerms = pgTable(
	'call_terms',
	{
		callId: uuid('call_id')
			.primaryKey()
			.references(() => publicCalls.id, { onDelete: 'cascade' }),
		link: text('link'),
		publishedOn: date('published_on', { mode: 'string' }),
		currency: text('currency').notNull().default('EUR'),
		totalAmount: numeric('total_amount', { precision: 16, scale: 2, mode: 'string' }),
		amountMin: numeric('amount_min', { precision: 16, scale: 2, mode: 'string' }),
		amountMax: numeric('amount_max', { precision: 16, scale: 2, mode: 'string' }),
		/** Empty: no restriction. */
		legalForms: text('legal_forms')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`)
			.$type<LegalForm[]>(),
		regionCodes: text('region_codes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`)
			.$type<RegionCode[]>(),
		fields: text('fields')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** null: the call does not say. */
		cofinancingRequired: boolean('cofinancing_required'),
		cofinancingShare: numeric('cofinancing_share', { precision: 5, scale: 2, mode: 'string' }),
		/** Closed before its deadline (funds spent, withdrawn); past deadlines close a call by themselves. */
		closed: boolean('closed').notNull().default(false),
		enteredInSpaceId: uuid('entered_in_space_id').references(() => spaces.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('call_terms_fields_idx').using('gin', table.fields)]
);

/**
 * A call's deadlines (some calls have several: a first and a second opening), each a date in
 * Europe/Ljubljana with an optional time; without a time the whole day counts.
 */
export const callDeadlines = pgTable(
	'call_deadlines',
	{
		callId: uuid('call_id')
			.notNull()
			.references(() => publicCalls.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		dueTime: time('due_time'),
		note: text('note')
	},
	(table) => [primaryKey({ columns: [table.callId, table.position] }), index('call_deadlines_due_idx').on(table.dueOn)]
);

export const applicationStatuses = ['applied', 'granted', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** A member organisation's application to a call and its outcome, recorded by a space's staff. */
export const callApplications = pgTable(
	'call_applications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => publicCalls.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		spaceId: uuid('space_id').references(() => spaces.id, { onDelete: 'set null' }),
		status: text('status').notNull().$type<ApplicationStatus>(),
		appliedOn: date('applied_on', { mode: 'string' }),
		decidedOn: date('decided_on', { mode: 'string' }),
		grantedAmount: numeric('granted_amount', { precision: 16, scale: 2, mode: 'string' }),
		note: text('note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('call_applications_call_idx').on(table.callId), index('call_applications_organisation_idx').on(table.organisationId)]
);

export type CallTermsRow = typeof callTerms.$inferSelect;
export type CallDeadlineRow = typeof callDeadlines.$inferSelect;
export type CallApplicationRow = typeof callApplications.$inferSelect;
