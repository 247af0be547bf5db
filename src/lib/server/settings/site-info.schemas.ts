import { z } from 'zod';
import { localizedNameSchema } from '../shared/localized.ts';
import { contactEmailAddress, longText, singleLineText, textLimits } from '../shared/text.ts';

/** A text the site shows in both languages: both are required, as a legal text may not be missing in one. */
const bilingualText = z.object({ sl: longText({ min: 1 }), en: longText({ min: 1 }) });

/** What the footer and the legal pages say about the platform, as its platform admins write it. */
export const siteInfoSchema = z.object({
	operator: localizedNameSchema,
	contactEmail: contactEmailAddress(),
	contactAddress: singleLineText({ min: 1, max: textLimits.name }).optional(),
	accessibility: bilingualText,
	privacy: bilingualText
});

export type SiteInfo = z.output<typeof siteInfoSchema>;

/** What the site shows: before the platform admins wrote their texts there is no contact address to show (none is made up). */
export type ShownSiteInfo = Omit<SiteInfo, 'contactEmail'> & { contactEmail: string | undefined };
