import { z } from 'zod';
import { longText, singleLineText, textLimits } from './text.ts';

/** Text that users write carries its language: Slovenian is required, English optional. */
const localized = (text: () => z.ZodType<string, string>) => z.object({ sl: text(), en: text().optional() });

export const localizedTextSchema = localized(() => longText({ min: 1 })).meta({
	id: 'LocalizedText',
	description: 'Text in Slovenian (required) and English (optional), of several paragraphs.'
});

/** A name or title in both languages: one line each. */
export const localizedNameSchema = localized(() => singleLineText({ min: 1, max: textLimits.name })).meta({
	id: 'LocalizedName',
	description: 'A name or title in Slovenian (required) and English (optional), one line each.'
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const isoDateSchema = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD.' });

/** Money is stored in cents to keep sums exact. */
export const centsSchema = z.int().nonnegative().meta({ description: 'Amount in cents (1/100 of the currency unit).' });
