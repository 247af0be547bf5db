import { z } from 'zod';
import { singleLineText } from '../../shared/text.ts';

const line = () => singleLineText({ min: 1, max: 500 });

/** The words of a cover image: what it shows (required in Slovenian) and its credit (optional). */
export const coverTextSchema = z
	.object({
		alt: z.object({ sl: line(), en: line().optional() }),
		credit: z.object({ sl: line(), en: line().optional() }).optional()
	})
	.strict();
export type CoverTextInput = z.output<typeof coverTextSchema>;

/** A cover as pages and the report show it, without its image. */
export type ProjectCoverInfo = {
	alt: { sl: string; en?: string };
	credit: { sl: string; en?: string } | null;
	/** When it last changed, for the image's address (a new cover is not hidden by a cache). */
	version: number;
};
