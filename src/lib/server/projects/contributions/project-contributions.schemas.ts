import { z } from 'zod';
import { localizedTextSchema } from '../../shared/localized.ts';

export const projectContributionSchema = z
	.object({
		strategy: localizedTextSchema.meta({ description: 'The strategy, programme or law, as written (free text per project for now).' }),
		goal: localizedTextSchema.nullable().default(null).meta({ description: 'The goal or measure of the strategy, when the contribution names one.' }),
		contribution: localizedTextSchema.meta({ description: 'How the project contributes to it.' })
	})
	.meta({ id: 'ProjectContribution', description: 'How a project contributes to a strategy: strategy → goal → contribution.' });

export const projectContributionsSchema = z
	.object({ items: z.array(projectContributionSchema).max(200) })
	.meta({ id: 'ProjectContributions', description: 'A project’s contributions to strategies, in order; a PUT replaces the whole list.' });

export type ProjectContribution = z.output<typeof projectContributionSchema>;
export type ProjectContributions = z.output<typeof projectContributionsSchema>;
