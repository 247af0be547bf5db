import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditSources = ['form', 'api', 'cli', 'system'] as const;
export type AuditSource = (typeof auditSources)[number];

/**
 * Who acted, as the log names them: a person with an account (in a browser or through a token), a
 * person without one who is named by what they entered on a public form or a link (`public`),
 * someone not signed in, the command line, or the platform itself.
 */
export const auditActorKinds = ['person', 'public', 'anonymous', 'cli', 'system'] as const;
export type AuditActorKind = (typeof auditActorKinds)[number];

/**
 * Every write: who (a person, through a token, or the CLI), when, from where, on which entity,
 * and the entity before and after. Rows are only ever inserted. Actors are kept by id and by a
 * label, so the entry still reads right after the account is gone.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		spaceId: uuid('space_id'),
		actorUserId: text('actor_user_id'),
		actorTokenId: uuid('actor_token_id'),
		actorLabel: text('actor_label').notNull(),
		// the migration that added it worked it out for the entries before it from their actor
		actorKind: text('actor_kind').notNull().$type<AuditActorKind>(),
		source: text('source').notNull().$type<AuditSource>(),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('audit_log_space_time_idx').on(table.spaceId, table.createdAt),
		index('audit_log_entity_idx').on(table.entityType, table.entityId),
		index('audit_log_actor_idx').on(table.actorUserId, table.createdAt)
	]
);

export type AuditRow = typeof auditLog.$inferSelect;
