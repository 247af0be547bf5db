import { z } from 'zod';
import { regionCodes } from '../../reference/regions.ts';
import { emailAddress, longText, singleLineText, textLimits } from '../shared/text.ts';
import { digestFrequencies, listAudiences } from './newsletters.table.ts';

const optionalLine = (max: number) =>
	z
		.string()
		.trim()
		.transform((value) => value || undefined)
		.pipe(singleLineText({ min: 1, max }).optional())
		.optional()
		.nullable();

export const newListSchema = z
	.object({
		nameSl: singleLineText({ min: 1, max: textLimits.name }),
		nameEn: optionalLine(textLimits.name),
		audience: z.enum(listAudiences),
		regionCode: z.enum(regionCodes).optional().nullable(),
		fieldCode: optionalLine(textLimits.short),
		digestFrequency: z.enum(digestFrequencies).default('none')
	})
	.superRefine((list, context) => {
		if (list.audience === 'region' && !list.regionCode) context.addIssue({ code: 'custom', path: ['regionCode'], message: 'newsletter_region_required' });
		if (list.audience === 'field' && !list.fieldCode) context.addIssue({ code: 'custom', path: ['fieldCode'], message: 'newsletter_field_required' });
	})
	.meta({ id: 'NewNewsletterList' });

export type NewList = z.output<typeof newListSchema>;

export const signUpSchema = z.object({
	email: emailAddress(),
	locale: z.enum(['sl', 'en']).default('sl'),
	/** The honeypot: people leave it empty. */
	website: z.string().max(500).optional()
});

export const newCampaignSchema = z
	.object({
		listId: z.uuid(),
		subjectSl: singleLineText({ min: 1, max: 200 }),
		bodySl: longText({ min: 1 }),
		subjectEn: optionalLine(200),
		bodyEn: z
			.string()
			.trim()
			.transform((value) => value || undefined)
			.pipe(longText({ min: 1 }).optional())
			.optional()
			.nullable()
	})
	.meta({ id: 'NewCampaign' });

export type NewCampaign = z.output<typeof newCampaignSchema>;

export const sendCampaignSchema = z.object({ ratePerMinute: z.coerce.number().int().min(1).max(100_000).optional() }).default({});
