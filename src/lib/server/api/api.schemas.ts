import { z } from 'zod';

/** An error, as RFC 9457 problem details (`application/problem+json`) with the platform's stable code. */
export const errorResponseSchema = z
	.object({
		type: z.string().meta({ description: 'A URI naming the kind of problem: `urn:sticisce:problem:<code>`.' }),
		title: z.string().meta({ description: 'The HTTP status in words, e.g. `Not Found`.' }),
		status: z.int().meta({ description: 'The HTTP status code.' }),
		detail: z.string().meta({ description: 'Human-readable explanation of this occurrence.' }),
		instance: z.string().optional().meta({ description: 'The path the problem occurred at.' }),
		code: z.string().meta({ description: 'Stable, machine-readable error code, e.g. `space_not_found`.' }),
		message: z.string().meta({ description: 'The same as `detail` (kept for clients written before problem details).' }),
		details: z.record(z.string(), z.unknown()).optional()
	})
	.meta({ id: 'Problem' });
