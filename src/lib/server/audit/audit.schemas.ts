import { z } from 'zod';
import { emailAddress } from '../shared/text.ts';
import { slugSchema } from '../spaces/spaces.schemas.ts';
import { auditSources } from './audit.table.ts';

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
			tokenId: z.uuid().nullable().meta({ description: 'The API token used, if any.' })
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

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.int(), page: z.int(), pageSize: z.int() }).meta({ id: 'AuditPage' });
