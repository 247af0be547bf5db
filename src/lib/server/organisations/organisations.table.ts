import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LegalForm } from '../../reference/legal-forms.ts';
import type { RegionCode } from '../../reference/regions.ts';
import { users } from '../auth/auth.table.ts';
import { bytea, tsvector } from '../db/column-types.ts';

export type PublicInterestDecision = { field: string; decidedOn: string | null };

/**
 * The registry of organisations, shared by every space (members of a hub are organisations of
 * the registry). The region follows from the municipality and is stored for fast facets.
 * `search_text` is the folded name, short name, aliases, city and identifiers (see `foldText`);
 * the full-text vector and the trigram index are built from it.
 */
export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		registrationNumber: text('registration_number').unique(),
		taxNumber: text('tax_number'),
		name: text('name').notNull(),
		shortName: text('short_name'),
		aliases: text('aliases')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		legalForm: text('legal_form').notNull().$type<LegalForm>(),
		street: text('street'),
		postalCode: text('postal_code'),
		city: text('city'),
		municipalityCode: text('municipality_code'),
		regionCode: text('region_code').$type<RegionCode>(),
		email: text('email'),
		website: text('website'),
		fields: text('fields')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		publicInterest: jsonb('public_interest').notNull().default([]).$type<PublicInterestDecision[]>(),
		donationEligible: boolean('donation_eligible').notNull().default(false),
		searchText: text('search_text').notNull(),
		/** The folded name, for a stable alphabetical order. */
		sortName: text('sort_name').notNull(),
		searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('organisations_tax_number_idx').on(table.taxNumber),
		index('organisations_sort_idx').on(table.sortName, table.id),
		index('organisations_region_idx').on(table.regionCode),
		index('organisations_municipality_idx').on(table.municipalityCode),
		index('organisations_legal_form_idx').on(table.legalForm),
		index('organisations_fields_idx').using('gin', table.fields),
		index('organisations_search_vector_idx').using('gin', table.searchVector),
		index('organisations_search_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops'))
	]
);

/** A logo, checked for type and size on upload; served from the database so every process has it. */
export const organisationLogos = pgTable('organisation_logos', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	contentType: text('content_type').notNull(),
	content: bytea('content').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Where an organisation went when it was merged into another, so old links keep working. */
export const organisationRedirects = pgTable('organisation_redirects', {
	fromId: uuid('from_id').primaryKey(),
	toId: uuid('to_id')
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A rejected row's problem; `detail` completes its words (an earlier line, unknown codes),
 * `value` is what the cell held, `name` the row's organisation.
 */
export type ImportProblem = { line: number; column?: string; code: string; message: string; detail?: string; value?: string; name?: string };

/** A new row of an import that may be an organisation the registry already has. */
export type ImportDuplicateWarning = {
	line: number;
	name: string;
	matches: { id: string; name: string; registrationNumber: string | null; city: string | null; reasons: string[] }[];
};

/**
 * An import of a file into the registry: previewed (dry run), then run as a background job
 * whose progress the browser follows. The file is kept until the import has run.
 */
export const organisationImports = pgTable('organisation_imports', {
	id: uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`),
	status: text('status').notNull().$type<'previewed' | 'queued' | 'running' | 'done' | 'failed'>(),
	fileName: text('file_name').notNull(),
	format: text('format').notNull().$type<'csv' | 'xlsx' | 'ods'>(),
	/** Our column → the file's column, for layouts other than our own. */
	mapping: jsonb('mapping').$type<Record<string, string>>(),
	content: bytea('content'),
	total: integer('total').notNull().default(0),
	processed: integer('processed').notNull().default(0),
	created: integer('created').notNull().default(0),
	updated: integer('updated').notNull().default(0),
	unchanged: integer('unchanged').notNull().default(0),
	problems: jsonb('problems').notNull().default([]).$type<ImportProblem[]>(),
	/** New rows that look like organisations already in the registry, found by the preview. */
	likelyDuplicates: jsonb('likely_duplicates').notNull().default([]).$type<ImportDuplicateWarning[]>(),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	finishedAt: timestamp('finished_at', { withTimezone: true })
});

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisationRow = typeof organisations.$inferInsert;
export type OrganisationImportRow = typeof organisationImports.$inferSelect;
