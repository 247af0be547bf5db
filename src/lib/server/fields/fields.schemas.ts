import { z } from 'zod';
import { localizedTextSchema } from '../shared/localized.ts';

export const fieldOfWorkSchema = z
	.object({
		code: z.string().meta({ description: 'Stable code, used in organisations’ `fields` and `publicInterest`.', example: 'culture' }),
		name: localizedTextSchema,
		position: z.int().meta({ description: 'Lists show fields in this order.' })
	})
	.meta({ id: 'FieldOfWork', description: 'A field of work, one of those in which public-interest status is granted.' });

export const fieldListSchema = z.object({ items: z.array(fieldOfWorkSchema) }).meta({ id: 'FieldList' });

export type FieldOfWork = z.output<typeof fieldOfWorkSchema>;
