import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/people.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

export const listAudiences = ['members', 'region', 'field', 'public'] as const;
export type ListAudience = (typeof listAudiences)[number];
export const digestFrequencies = ['none', 'weekly', 'monthly'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];
export const subscriptionStatuses = ['pending', 'confirmed', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];
export const deliveryStatuses = ['pending', 'sent', 'failed', 'bounced'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export type Locale = 'sl' | 'en';

/**
 * A space's mailing list. Its recipients are resolved when mail goes out: the people of the
 * space's member organisations (all, in a region or in a field of work) whose newsletter consent
 * in force is given, plus those who signed up to the list and confirmed; minus those who left it.
 */
export const newsletterLists = pgTable(
	'newsletter_lists',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		nameSl: text('name_sl').notNull(),
		nameEn: text('name_en'),
		audience: text('audience').notNull().$type<ListAudience>(),
		/** For `region`: the region code (SI031 …). */
		regionCode: text('region_code'),
		/** For `field`: the field of work's code. */
		fieldCode: text('field_code'),
		digestFrequency: text('digest_frequency').notNull().default('none').$type<DigestFrequency>(),
		/** The last digest period mailed (`2026-W48`, `2026-11`): a restart never sends one twice. */
		lastDigestPeriod: text('last_digest_period'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('newsletter_lists_space_idx').on(table.spaceId)]
);

/**
 * Someone who signed up to a list (double opt-in: `pending` until the link in the confirmation
 * mail is followed), or who left it (`unsubscribed`, which also takes a member out of a members list).
 */
export const newsletterSubscriptions = pgTable(
	'newsletter_subscriptions',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		listId: uuid('list_id')
			.notNull()
			.references(() => newsletterLists.id, { onDelete: 'cascade' }),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		email: text('email').notNull(),
		locale: text('locale').notNull().default('sl').$type<Locale>(),
		status: text('status').notNull().$type<SubscriptionStatus>(),
		/** SHA-256 of the confirmation link's token, while it waits. */
		confirmTokenHash: text('confirm_token_hash'),
		confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		uniqueIndex('newsletter_subscriptions_list_email_idx').on(table.listId, sql`lower(${table.email})`),
		uniqueIndex('newsletter_subscriptions_confirm_idx').on(table.confirmTokenHash),
		index('newsletter_subscriptions_person_idx').on(table.personId)
	]
);

/** The unsubscribe key of one address on one list, put in every mail of the list to it. */
export const newsletterKeys = pgTable(
	'newsletter_keys',
	{
		token: text('token').primaryKey(),
		listId: uuid('list_id')
			.notNull()
			.references(() => newsletterLists.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex('newsletter_keys_list_email_idx').on(table.listId, sql`lower(${table.email})`)]
);

export const campaignStatuses = ['draft', 'sending', 'sent'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** A mail written for a list, in Slovenian and optionally English (Markdown). */
export const newsletterCampaigns = pgTable(
	'newsletter_campaigns',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		listId: uuid('list_id')
			.notNull()
			.references(() => newsletterLists.id, { onDelete: 'cascade' }),
		subjectSl: text('subject_sl').notNull(),
		bodySl: text('body_sl').notNull(),
		subjectEn: text('subject_en'),
		bodyEn: text('body_en'),
		status: text('status').notNull().default('draft').$type<CampaignStatus>(),
		/** Messages per minute while it is sent. */
		ratePerMinute: integer('rate_per_minute'),
		/** Throttling answers in a row (421, 451, 452): the wait before the next try doubles with each. */
		throttledInARow: integer('throttled_in_a_row').notNull().default(0),
		startedAt: timestamp('started_at', { withTimezone: true }),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('newsletter_campaigns_space_idx').on(table.spaceId, table.createdAt)]
);

/** One recipient of a campaign and what became of their mail; the SMTP answer is kept. */
export const newsletterDeliveries = pgTable(
	'newsletter_deliveries',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		campaignId: uuid('campaign_id')
			.notNull()
			.references(() => newsletterCampaigns.id, { onDelete: 'cascade' }),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		email: text('email').notNull(),
		locale: text('locale').notNull().default('sl').$type<Locale>(),
		status: text('status').notNull().default('pending').$type<DeliveryStatus>(),
		attempts: integer('attempts').notNull().default(0),
		responseCode: integer('response_code'),
		response: text('response'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		uniqueIndex('newsletter_deliveries_campaign_email_idx').on(table.campaignId, sql`lower(${table.email})`),
		// the sender walks the pending ones in id order (keyset), a batch at a time
		index('newsletter_deliveries_pending_idx')
			.on(table.campaignId, table.id)
			.where(sql`status = 'pending'`),
		index('newsletter_deliveries_person_idx').on(table.personId)
	]
);

export type NewsletterListRow = typeof newsletterLists.$inferSelect;
export type SubscriptionRow = typeof newsletterSubscriptions.$inferSelect;
export type CampaignRow = typeof newsletterCampaigns.$inferSelect;
export type DeliveryRow = typeof newsletterDeliveries.$inferSelect;
