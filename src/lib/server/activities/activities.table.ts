import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../shared/localized.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { projects } from '../projects/projects.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

/** The four pillars of a hub's work; every activity serves one. */
export const activityPillars = ['informing', 'training', 'networking', 'advocacy'] as const;
export type ActivityPillar = (typeof activityPillars)[number];

/** The types every space has; a space may add its own (`activity_types`). */
export const builtInActivityTypes = [
	'training',
	'workshop',
	'conference',
	'info_session',
	'advice_session',
	'mentoring',
	'networking_event',
	'advocacy_action',
	'other'
] as const;

/** A question the organiser asks on the registration form or in the evaluation. */
export type ActivityQuestion = {
	/** Stable within the activity: answers are stored by it. */
	id: string;
	kind: 'text' | 'yes_no' | 'choice' | 'rating';
	label: LocalizedText;
	required: boolean;
	/** The choices of a `choice` question. */
	options?: LocalizedText[];
};

/** A type of activity a space added to the built-in ones (e.g. "summer school"). */
export const activityTypes = pgTable(
	'activity_types',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		/** Its code, as activities store it (`summer_school`). */
		code: text('code').notNull(),
		name: jsonb('name').notNull().$type<LocalizedText>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.code] })]
);

/**
 * What a space does with and for its members: a training, a conference, an advice session… held in
 * one or more sessions. Public activities are on the calendar; internal ones only in the back office.
 */
export const activities = pgTable(
	'activities',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		/** Its address in the space, e.g. `dan-vkljucujoce-informacijske-druzbe-2019`. */
		slug: text('slug').notNull(),
		title: jsonb('title').notNull().$type<LocalizedText>(),
		description: jsonb('description').$type<LocalizedText>(),
		/** A built-in type or one of the space's `activity_types`. */
		type: text('type').notNull(),
		pillar: text('pillar').notNull().$type<ActivityPillar>(),
		projectId: uuid('project_id'),
		/** Places for registrations; empty is unlimited. */
		capacity: integer('capacity'),
		public: boolean('public').notNull().default(true),
		/** The language it is held in (`sl`, `en`). */
		language: text('language').notNull().default('sl'),
		/** Share of sessions a participant must attend for a certificate (80 = at least 80 %); empty: no certificate. */
		certificateMinPercent: smallint('certificate_min_percent'),
		/** Registration is open until then; empty: until the first session starts. */
		registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
		/** Questions of the registration form, beyond name, e-mail and organisation. */
		registrationQuestions: jsonb('registration_questions').notNull().default([]).$type<ActivityQuestion[]>(),
		/** Questions of the evaluation sent after it. */
		evaluationQuestions: jsonb('evaluation_questions').notNull().default([]).$type<ActivityQuestion[]>(),
		/** Whether the evaluation's answers are kept apart from who gave them. */
		evaluationAnonymous: boolean('evaluation_anonymous').notNull().default(false),
		evaluationSentAt: timestamp('evaluation_sent_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		// the API addresses an activity by id alone (`/api/v1/activities/{id}`)
		uniqueIndex('activities_id_idx').on(table.id),
		uniqueIndex('activities_slug_idx').on(table.spaceId, table.slug),
		index('activities_project_idx').on(table.spaceId, table.projectId),
		// projects are not deleted; a project of another space cannot be named
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] })
	]
);

/**
 * When and where an activity meets: a place (address and municipality) or online. Seed 001's
 * "Dan vključujoče informacijske družbe 2019" had two, in Ljubljana and in Velenje.
 */
export const activitySessions = pgTable(
	'activity_sessions',
	{
		spaceId: uuid('space_id').notNull(),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		activityId: uuid('activity_id').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		online: boolean('online').notNull().default(false),
		url: text('url'),
		address: text('address'),
		municipalityCode: text('municipality_code'),
		/** People in the room who were not registered and gave no name (a headcount), counted as attendees. */
		unnamedAttendees: integer('unnamed_attendees').notNull().default(0)
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		index('activity_sessions_activity_idx').on(table.spaceId, table.activityId, table.startsAt),
		// the platform calendar reads sessions by time across spaces
		index('activity_sessions_starts_idx').on(table.startsAt),
		foreignKey({ columns: [table.spaceId, table.activityId], foreignColumns: [activities.spaceId, activities.id] }).onDelete('cascade')
	]
);

/** Organisations of the registry that organise an activity with the space. */
export const activityOrganisers = pgTable(
	'activity_organisers',
	{
		spaceId: uuid('space_id').notNull(),
		activityId: uuid('activity_id').notNull(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' })
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.activityId, table.organisationId] }),
		index('activity_organisers_organisation_idx').on(table.organisationId),
		foreignKey({ columns: [table.spaceId, table.activityId], foreignColumns: [activities.spaceId, activities.id] }).onDelete('cascade')
	]
);

export type ActivityRow = typeof activities.$inferSelect;
export type ActivitySessionRow = typeof activitySessions.$inferSelect;
export type ActivityTypeRow = typeof activityTypes.$inferSelect;
