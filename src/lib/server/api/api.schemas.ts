import { z } from 'zod';

export const errorResponseSchema = z
	.object({
		code: z.string().meta({ description: 'Stable, machine-readable error code, e.g. `space_not_found`.' }),
		message: z.string().meta({ description: 'Human-readable explanation.' }),
		details: z.record(z.string(), z.unknown()).optional()
	})
	.meta({ id: 'Error' });
