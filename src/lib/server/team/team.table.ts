import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SpaceRole } from '../../policy/roles.ts';
import { users } from '../auth/auth.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { spaces } from '../spaces/spaces.table.ts';

/** Who works in a space and as what. `space_id` first, as in every space-owned table. */
export const spaceMembers = pgTable(
	'space_members',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role').notNull().$type<SpaceRole>(),
		/** A member editor's organisation: the one whose profile and people they keep. */
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.userId] }), index('space_members_user_idx').on(table.userId)]
);

/**
 * An invitation by e-mail to join a space; only the hash of its token is kept. The token is unique
 * across spaces: the link people follow names no space.
 */
export const invitations = pgTable(
	'invitations',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		email: text('email').notNull(),
		role: text('role').notNull().$type<SpaceRole>(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
		locale: text('locale').notNull().default('sl').$type<'sl' | 'en'>(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	// one open invitation per address and space: a new one replaces it (see inviteToSpace)
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		uniqueIndex('invitations_open_idx')
			.on(table.spaceId, table.email)
			.where(sql`${table.acceptedAt} is null`)
	]
);

export type SpaceMemberRow = typeof spaceMembers.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
