import { z } from 'zod';
import { slugSchema } from '../spaces/spaces.schemas.ts';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** Filters of the audit log as they come from a query string. */
export const auditQuerySchema = z.object({
	space: optional(slugSchema),
	person: optional(z.email().trim().toLowerCase()),
	entity: optional(z.string().regex(/^[a-z_]+$/)),
	from: optional(z.iso.date()),
	to: optional(z.iso.date()),
	page: optional(z.coerce.number().int().min(1).max(10_000)).transform((page) => page ?? 1)
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const auditPageSize = 50;
