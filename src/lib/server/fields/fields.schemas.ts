import { z } from 'zod';
import { fieldCodeSchema } from '../organisations/organisations.schemas.ts';
import { localizedNameSchema } from '../shared/localized.ts';
import { singleLineText } from '../shared/text.ts';

const nameSchema = z.object({
	sl: singleLineText({ min: 1, max: 120 }),
	en: singleLineText({ min: 1, max: 120 }).optional()
});

/** A new field of work: its code (as organisations, imports and the API name it) and its names. */
export const fieldInputSchema = z.object({ code: fieldCodeSchema, name: nameSchema });
export type FieldInput = z.input<typeof fieldInputSchema>;

export const fieldRenameSchema = z.object({ code: fieldCodeSchema, name: nameSchema });
export type FieldRename = z.input<typeof fieldRenameSchema>;

export const fieldMoveSchema = z.object({ code: fieldCodeSchema, direction: z.enum(['up', 'down']) });
export type FieldMove = z.input<typeof fieldMoveSchema>;

export const fieldOfWorkSchema = z
	.object({
		code: z.string().meta({ description: 'Stable code, used in organisations’ `fields` and `publicInterest`.', example: 'culture' }),
		name: localizedNameSchema,
		position: z.int().meta({ description: 'Lists show fields in this order.' })
	})
	.meta({ id: 'FieldOfWork', description: 'A field of work, one of those in which public-interest status is granted.' });

export const fieldListSchema = z.object({ items: z.array(fieldOfWorkSchema) }).meta({ id: 'FieldList' });

export type FieldOfWork = z.output<typeof fieldOfWorkSchema>;
