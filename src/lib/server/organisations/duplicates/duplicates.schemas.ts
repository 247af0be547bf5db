import { z } from 'zod';

export const duplicateReasons = ['same_tax_number', 'similar_name', 'registration_unit'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export const duplicatesQuerySchema = z.object({
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(200).default(20)
});

export type DuplicatesQuery = z.output<typeof duplicatesQuerySchema>;

export const mergeInputSchema = z.object({
	keepId: z.uuid(),
	mergeId: z.uuid(),
	force: z.boolean().default(false)
});
