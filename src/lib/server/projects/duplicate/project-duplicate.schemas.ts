import { z } from 'zod';
import { singleLineText } from '../../shared/text.ts';
import { projectSchema, projectSlugSchema } from '../projects.schemas.ts';

/** What a copy of a project is called; left out, it is the original's with `-kopija` and "(kopija)" added. */
export const duplicateProjectInputSchema = z
	.object({
		slug: projectSlugSchema.optional().meta({ description: "The copy's address; left out, the first free of `<slug>-kopija`, `<slug>-kopija-2`, …" }),
		title: z
			.object({ sl: singleLineText({ min: 1, max: 300 }), en: singleLineText({ min: 0, max: 300 }).optional() })
			.optional()
			.meta({ description: 'Left out, the original\'s title with "(kopija)" / "(copy)" added.' })
	})
	.strict()
	.meta({ id: 'DuplicateProjectInput', description: 'What to call the copy of a project.' });

export const projectDuplicateSchema = z
	.object({
		project: projectSchema,
		copied: z.record(z.string(), z.int()).meta({ description: 'How many rows each part copied: details, organisations, money, indicators.' })
	})
	.meta({ id: 'ProjectDuplicate', description: 'The copy of a project, and what was copied into it.' });
