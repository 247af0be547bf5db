import { z } from 'zod';
import { projectPartnerRoles } from '../../../spaces/space-enums.ts';
import { centsSchema, isoDateSchema, localizedNameSchema, localizedTextSchema } from '../../shared/localized.ts';
import { singleLineText, textLimits } from '../../shared/text.ts';

const itemGroupSchema = z.object({ title: localizedNameSchema, items: z.array(localizedTextSchema).default([]) });

/**
 * The project a space profile held until projects had their own tables (`spaces.support_project`,
 * dropped by migration 0024, which copied each one into `projects.from_profile.profileProject`).
 * Read once more here, to spread it over the projects' tables; nothing writes this shape any more.
 */
export const profileProjectSchema = z.object({
	title: localizedNameSchema,
	acronym: singleLineText({ min: 1, max: textLimits.short }).optional(),
	call: localizedNameSchema.optional(),
	funder: localizedNameSchema.optional(),
	operator: localizedNameSchema.optional(),
	startDate: isoDateSchema.optional(),
	endDate: isoDateSchema.optional(),
	currency: z.string().default('EUR'),
	totalValueCents: centsSchema.optional(),
	fundedValueCents: centsSchema.optional(),
	ownFundsCents: centsSchema.optional(),
	problem: localizedTextSchema.optional(),
	goal: localizedTextSchema.optional(),
	partners: z.array(z.object({ name: localizedNameSchema, role: z.enum(projectPartnerRoles) })).default([]),
	results: z.array(itemGroupSchema).default([]),
	contributions: z.array(itemGroupSchema).default([])
});

export type ProfileProject = z.output<typeof profileProjectSchema>;
export type ProfileProjectInput = z.input<typeof profileProjectSchema>;
