import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

/** Where a comment stands: waiting for staff, shown, hidden by staff, or put aside as spam (never deleted). */
export const commentStatuses = ['held', 'published', 'hidden', 'spam'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

/** Pre-moderation: every comment waits for staff; post-moderation: shown at once, staff may hide it. */
export const moderationModes = ['pre', 'post'] as const;
export type ModerationMode = (typeof moderationModes)[number];

/**
 * A comment on a subject of some module (a post; later a plan or a report), named by kind and id.
 * The e-mail is never shown publicly; on a person's erasure it is blanked (see comments.references).
 */
export const comments = pgTable(
	'comments',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		subjectKind: text('subject_kind').notNull(),
		subjectId: text('subject_id').notNull(),
		status: text('status').notNull().$type<CommentStatus>(),
		authorName: text('author_name').notNull(),
		authorEmail: text('author_email'),
		/** The registry's person with the commenter's e-mail (found or added), for GDPR export and erasure. */
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		/** The account of a signed-in commenter. */
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		/** The member organisation a signed-in commenter belongs to, named beside the comment. */
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		/** The language of the form the comment was sent from. */
		locale: text('locale').notNull().default('sl').$type<'sl' | 'en'>(),
		/** Why the comment was put aside as spam (honeypot, links, words, too_fast, bad_timestamp); empty otherwise. */
		spamReasons: jsonb('spam_reasons').notNull().default([]).$type<string[]>(),
		moderatedBy: text('moderated_by').references(() => users.id, { onDelete: 'set null' }),
		moderatedAt: timestamp('moderated_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		// the API names a comment by its id alone
		uniqueIndex('comments_id_idx').on(table.id),
		index('comments_subject_idx').on(table.spaceId, table.subjectKind, table.subjectId, table.status, table.createdAt),
		index('comments_queue_idx').on(table.spaceId, table.status, table.createdAt),
		index('comments_person_idx').on(table.personId)
	]
);

/** How a space moderates its comments; a space without a row pre-moderates. */
export const commentSettings = pgTable('comment_settings', {
	spaceId: uuid('space_id')
		.primaryKey()
		.references(() => spaces.id, { onDelete: 'cascade' }),
	moderation: text('moderation').notNull().default('pre').$type<ModerationMode>(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type CommentRow = typeof comments.$inferSelect;
