import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { activities } from '../activities/activities.table.ts';
import { bytea } from '../db/column-types.ts';
import { projects } from '../projects/projects.table.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { spaces } from '../spaces/spaces.table.ts';

export const postKinds = ['news', 'announcement', 'report'] as const;
export type PostKind = (typeof postKinds)[number];

/** A draft is seen only by staff; a published post by everyone once its publish date has come; an unpublished one by staff again. */
export const postStatuses = ['draft', 'published', 'unpublished'] as const;
export type PostStatus = (typeof postStatuses)[number];

export const postLocales = ['sl', 'en'] as const;
export type PostLocale = (typeof postLocales)[number];

/**
 * A dated news item, announcement or report of a space (seeds 000 and 001 are such posts). Its
 * words live per language in `post_translations`, each with its own address.
 */
export const posts = pgTable(
	'posts',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		kind: text('kind').notNull().$type<PostKind>(),
		status: text('status').notNull().$type<PostStatus>().default('draft'),
		/** When the public sees it: in the past for old news entered now, in the future to schedule it. */
		publishAt: timestamp('publish_at', { withTimezone: true }).notNull(),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		projectId: uuid('project_id'),
		activityId: uuid('activity_id'),
		/** The cover: an uploaded image of `post_images`, with its words. */
		coverImageId: uuid('cover_image_id'),
		coverAlt: jsonb('cover_alt').$type<LocalizedText>(),
		/** "Naslovna slika: …" below the cover, as the seeds end. */
		coverCredit: jsonb('cover_credit').$type<LocalizedText>(),
		/** Who wrote it, for mail about comments on it (the comments module asks). */
		authorUserId: text('author_user_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		uniqueIndex('posts_id_idx').on(table.id),
		index('posts_public_idx').on(table.spaceId, table.status, table.publishAt),
		index('posts_published_idx').on(table.status, table.publishAt),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }),
		foreignKey({ columns: [table.spaceId, table.activityId], foreignColumns: [activities.spaceId, activities.id] })
	]
);

/** A post's words in one language, with its address there: one per post and language, unique in the space. */
export const postTranslations = pgTable(
	'post_translations',
	{
		spaceId: uuid('space_id').notNull(),
		postId: uuid('post_id').notNull(),
		locale: text('locale').notNull().$type<PostLocale>(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		/** Markdown, rendered safely when shown. */
		body: text('body').notNull().default('')
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.postId, table.locale] }),
		uniqueIndex('post_translations_slug_idx').on(table.spaceId, table.locale, table.slug),
		foreignKey({ columns: [table.spaceId, table.postId], foreignColumns: [posts.spaceId, posts.id] }).onDelete('cascade')
	]
);

/**
 * An image uploaded for a space's posts (cover or body), kept in the database like project covers
 * so a backup holds it: one row per served variant (width × format), resized on upload.
 */
export const postImages = pgTable(
	'post_images',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		imageId: uuid('image_id').notNull(),
		width: integer('width').notNull(),
		format: text('format').notNull().$type<'webp' | 'jpeg'>(),
		height: integer('height').notNull(),
		content: bytea('content').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.imageId, table.width, table.format] })]
);

export type PostRow = typeof posts.$inferSelect;
export type PostTranslationRow = typeof postTranslations.$inferSelect;
