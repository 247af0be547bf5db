import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../shared/localized.ts';
import type { SpaceProfile } from './spaces.schemas.ts';

/**
 * A space is the tenant: every space-owned table carries its `space_id`. Structured parts of the
 * profile (lists, financers, the support project) are JSON validated by the zod schemas; they are
 * read and written whole, never queried inside.
 */
export const spaces = pgTable('spaces', {
	id: uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`),
	slug: text('slug').notNull().unique(),
	kind: text('kind').notNull().$type<SpaceProfile['kind']>(),
	regionCode: text('region_code').$type<SpaceProfile['regionCode']>(),
	name: jsonb('name').notNull().$type<LocalizedText>(),
	shortName: jsonb('short_name').$type<LocalizedText>(),
	field: jsonb('field').$type<LocalizedText>(),
	summary: jsonb('summary').$type<LocalizedText>(),
	mission: jsonb('mission').$type<LocalizedText>(),
	vision: jsonb('vision').$type<LocalizedText>(),
	socialChallenge: jsonb('social_challenge').$type<LocalizedText>(),
	purpose: jsonb('purpose').$type<LocalizedText>(),
	generalGoal: jsonb('general_goal').$type<LocalizedText>(),
	strategicGoals: jsonb('strategic_goals').notNull().default([]).$type<SpaceProfile['strategicGoals']>(),
	specificGoals: jsonb('specific_goals').notNull().default([]).$type<SpaceProfile['specificGoals']>(),
	approach: jsonb('approach').$type<LocalizedText>(),
	meansOfWork: jsonb('means_of_work').notNull().default([]).$type<SpaceProfile['meansOfWork']>(),
	hostOrganisations: jsonb('host_organisations').notNull().default([]).$type<SpaceProfile['hostOrganisations']>(),
	financers: jsonb('financers').notNull().default([]).$type<SpaceProfile['financers']>(),
	website: text('website'),
	socialLinks: jsonb('social_links').notNull().default([]).$type<SpaceProfile['socialLinks']>(),
	contact: jsonb('contact').$type<SpaceProfile['contact']>(),
	/** Set while the space is archived: gone from the public site, kept whole for a restore. */
	archivedAt: timestamp('archived_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type SpaceRow = typeof spaces.$inferSelect;

/**
 * The addresses a space had before it was renamed: an old link (a page or the API) is answered
 * with a permanent redirect to the new address, and no other space may take an old one.
 */
export const spaceSlugHistory = pgTable(
	'space_slug_history',
	{
		slug: text('slug').primaryKey(),
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('space_slug_history_space_idx').on(table.spaceId)]
);
