import { z } from 'zod';
import { emailAddress } from '../shared/text.ts';
import { slugSchema } from '../spaces/spaces.schemas.ts';
import { auditActorKinds, auditSources } from './audit.table.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** Filters of the audit log as they come from a query string. */
export const auditQuerySchema = z.object({
	space: optional(slugSchema),
	person: optional(emailAddress()),
	entity: optional(
		z
			.string()
			.max(60)
			.regex(/^[a-z_]+$/)
	),
	from: optional(z.iso.date()),
	to: optional(z.iso.date()),
	page: optional(z.coerce.number().int().min(1).max(10_000)).transform((page) => page ?? 1)
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const auditPageSize = 50;

export const auditEntrySchema = z
	.object({
		id: z.uuid(),
		at: z.iso.datetime(),
		actor: z.object({
			label: z.string().meta({ description: 'E-mail of the person, or `command line` / `system`.' }),
			userId: z.string().nullable(),
			tokenId: z.uuid().nullable().meta({ description: 'The API token used, if any.' }),
			kind: z.enum(auditActorKinds).meta({
				description:
					'A person with an account, a person without one named by what they entered (`public`), someone not signed in, the command line or the platform.'
			})
		}),
		source: z.enum(auditSources),
		action: z.string().meta({ description: 'e.g. `space.update`, `space_member.add`' }),
		entity: z.object({ type: z.string(), id: z.string() }),
		spaceId: z.uuid().nullable(),
		changedFields: z.array(z.string()),
		before: z.unknown(),
		after: z.unknown()
	})
	.meta({ id: 'AuditEntry', description: 'One recorded write: who, when, how, what, before and after.' });
export type AuditEntry = z.output<typeof auditEntrySchema>;

/** An entry of the audit log as it is read: the entry, and what it says in words, in the language of the request. */
export const auditLogEntrySchema = auditEntrySchema
	.extend({
		actor: auditEntrySchema.shape.actor.extend({
			name: z.string().nullable().meta({ description: 'The name the person with this account has now, if any.' })
		}),
		entity: z.object({
			type: z.string(),
			id: z.string(),
			label: z.string().meta({ description: 'The kind of record in words.' }),
			name: z.string().nullable().meta({ description: 'Which record, when the entry names it (a name, an e-mail address, a title).' })
		}),
		summary: z.string().meta({ description: 'What happened in plain words, e.g. "Changed the profile: mission, vision".' }),
		changes: z
			.array(
				z.object({
					field: z.string(),
					label: z.string(),
					before: z.string().nullable().meta({ description: 'The value before, as people read it; null when the record was made.' }),
					after: z.string().nullable().meta({ description: 'The value after; null when the record was deleted.' })
				})
			)
			.meta({ description: 'The changed fields in words, before and after; fields the log has no words for are left out.' })
	})
	.meta({ id: 'AuditLogEntry', description: 'One recorded write, and what it says in the words of the request’s language.' });
export type AuditLogEntry = z.output<typeof auditLogEntrySchema>;

export const auditPageSchema = z.object({ items: z.array(auditLogEntrySchema), total: z.int(), page: z.int(), pageSize: z.int() }).meta({ id: 'AuditPage' });
