import { z } from 'zod';

/** Text that users write carries its language: Slovenian is required, English optional. */
export const localizedTextSchema = z
	.object({
		sl: z.string().trim().min(1),
		en: z.string().trim().min(1).optional()
	})
	.meta({ id: 'LocalizedText', description: 'Text in Slovenian (required) and English (optional).' });

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const isoDateSchema = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD.' });

/** Money is stored in cents to keep sums exact. */
export const centsSchema = z.int().nonnegative().meta({ description: 'Amount in cents (1/100 of the currency unit).' });
