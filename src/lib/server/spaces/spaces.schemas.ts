import { z } from 'zod';
import { localizedNameSchema, localizedTextSchema } from '../shared/localized.ts';
import { contactEmailAddress, emailAddress, singleLineText, textLimits, webAddress } from '../shared/text.ts';
import { regionCodes } from '../../reference/regions.ts';
import { hostRoles, meansOfWorkKinds, socialNetworks, spaceKinds } from '../../spaces/space-enums.ts';

export const slugSchema = z
	.string()
	.min(2)
	.max(60)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
	.meta({ description: 'Short name in the address, e.g. `grozd`.' });

const urlSchema = webAddress();
/** Lists in a profile: more would not be read by anyone. */
const maxListItems = 100;

export const meansOfWorkSchema = z.object({ kind: z.enum(meansOfWorkKinds), description: localizedTextSchema }).meta({ id: 'MeansOfWork' });

export const hostOrganisationSchema = z
	.object({ name: localizedNameSchema, role: z.enum(hostRoles), website: urlSchema.optional() })
	.meta({ id: 'HostOrganisation', description: 'An organisation that operates or hosts the space.' });

const codedTitleSchema = z.object({ code: singleLineText({ min: 1, max: textLimits.short }), title: localizedNameSchema.optional() });

export const programmeReferenceSchema = z
	.object({
		fund: localizedNameSchema.optional(),
		programme: localizedNameSchema.optional(),
		priorityAxis: codedTitleSchema.optional(),
		investmentPriority: codedTitleSchema.optional(),
		specificObjective: codedTitleSchema.optional()
	})
	.meta({
		id: 'ProgrammeReference',
		description: 'Where the money comes from, e.g. ESF, OP 2014–2020, priority axis 11, investment priority 11.4, specific objective 1.'
	});

export const financerSchema = z
	.object({
		name: localizedNameSchema,
		role: localizedNameSchema.optional(),
		website: urlSchema.optional(),
		programme: programmeReferenceSchema.optional()
	})
	.meta({ id: 'Financer' });

export const socialLinkSchema = z.object({ network: z.enum(socialNetworks), url: urlSchema }).meta({ id: 'SocialLink' });

export const contactSchema = z
	.object({
		person: singleLineText({ min: 1, max: textLimits.name }).optional(),
		email: contactEmailAddress().optional(),
		phone: singleLineText({ min: 3, max: textLimits.short }).optional(),
		address: singleLineText({ min: 1, max: textLimits.name }).optional()
	})
	.meta({ id: 'Contact' });

/** Everything a space profile holds, as written by people (and by the demo loader). */
export const spaceInputSchema = z
	.object({
		slug: slugSchema,
		kind: z.enum(spaceKinds),
		name: localizedNameSchema,
		shortName: localizedNameSchema.optional(),
		regionCode: z.enum(regionCodes).optional().meta({ description: 'NUTS-3 code of the region a hub serves.' }),
		field: localizedNameSchema.optional().meta({ description: 'Field of work of a thematic network.' }),
		summary: localizedTextSchema.optional(),
		mission: localizedTextSchema.optional(),
		vision: localizedTextSchema.optional(),
		socialChallenge: localizedTextSchema.optional(),
		purpose: localizedTextSchema.optional(),
		generalGoal: localizedTextSchema.optional(),
		strategicGoals: z.array(localizedTextSchema).max(maxListItems).default([]),
		specificGoals: z.array(localizedTextSchema).max(maxListItems).default([]),
		approach: localizedTextSchema.optional(),
		meansOfWork: z.array(meansOfWorkSchema).max(maxListItems).default([]),
		hostOrganisations: z.array(hostOrganisationSchema).max(maxListItems).default([]),
		financers: z.array(financerSchema).max(maxListItems).default([]),
		website: urlSchema.optional(),
		socialLinks: z.array(socialLinkSchema).max(maxListItems).default([]),
		contact: contactSchema.optional()
	})
	.meta({ id: 'SpaceInput' });

export type SpaceInput = z.input<typeof spaceInputSchema>;

/** A change to a profile: any fields but the slug, which is the space's stable address. */
export const spaceChangesSchema = spaceInputSchema
	.omit({ slug: true })
	.partial()
	.strict()
	.meta({ id: 'SpaceChanges', description: 'Fields to change; a field that is left out stays as it is, `null` clears it.' });

export type SpaceChanges = z.input<typeof spaceChangesSchema>;
export type SpaceProfile = z.output<typeof spaceInputSchema>;

export const spaceSchema = spaceInputSchema
	.extend({
		id: z.uuid(),
		archivedAt: z.iso.datetime().optional().meta({ description: 'Set while the space is archived (left out of the list, read-only).' }),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime()
	})
	.meta({ id: 'Space', description: 'A hub, thematic network, national network or other support organisation.' });

export type Space = z.output<typeof spaceSchema>;

export const spaceListSchema = z.object({ items: z.array(spaceSchema) }).meta({ id: 'SpaceList' });

/** A new space: its profile (at least slug, kind and name) and, if known, whom to invite as its first admin. */
export const newSpaceSchema = spaceInputSchema
	.extend({
		firstAdmin: z
			.object({ email: emailAddress(), locale: z.enum(['sl', 'en']).default('sl').meta({ description: 'Language of the invitation mail.' }) })
			.optional()
			.meta({ description: "Invited by mail as the space's admin; the invitation is valid for 7 days." })
	})
	// a field the profile does not hold (e.g. `supportProject`, moved to projects) is refused, not dropped
	.strict()
	.meta({ id: 'NewSpace' });

export type NewSpace = z.input<typeof newSpaceSchema>;

/** A new address or name for a space; the old address keeps working as a redirect. */
export const spaceRenameSchema = z
	.object({ slug: slugSchema.optional(), name: localizedNameSchema.optional() })
	.strict()
	.refine((rename) => rename.slug !== undefined || rename.name !== undefined, { message: 'give a new slug, a new name or both', path: ['slug'] })
	.meta({ id: 'SpaceRename', description: 'The new slug, the new name, or both.' });
