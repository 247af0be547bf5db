import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.table.ts';

export const consentPurposes = ['newsletter', 'data_processing'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/**
 * People of member organisations (contacts, participants). Erasing a person on request blanks
 * everything that identifies them and sets `erased_at`; the row stays so counts (attendances,
 * affiliations) still add up.
 */
export const people = pgTable(
	'people',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		name: text('name').notNull(),
		email: text('email'),
		phone: text('phone'),
		erasedAt: timestamp('erased_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('people_email_idx').on(sql`lower(${table.email})`),
		// the people search matches words anywhere in the folded name and e-mail (`like '%word%'`)
		index('people_search_trgm_idx').using('gin', sql`f_unaccent(lower(${table.name} || ' ' || coalesce(${table.email}, ''))) gin_trgm_ops`)
	]
);

/** A person's role in an organisation over time (e.g. president since 2021). */
export const affiliations = pgTable(
	'affiliations',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text('role'),
		since: date('since'),
		until: date('until'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('affiliations_person_idx').on(table.personId), index('affiliations_organisation_idx').on(table.organisationId)]
);

/** Every consent given or withdrawn, with its time: the latest per purpose is in force. */
export const consents = pgTable(
	'consents',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		purpose: text('purpose').notNull().$type<ConsentPurpose>(),
		granted: boolean('granted').notNull(),
		/** Where it was recorded: a form, the API, an import, the back office. */
		source: text('source').notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('consents_person_idx').on(table.personId, table.purpose, table.recordedAt)]
);

export type PersonRow = typeof people.$inferSelect;
export type AffiliationRow = typeof affiliations.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
