import { z } from 'zod';
import { legalForms } from '../../reference/legal-forms.ts';
import { regionCodes } from '../../reference/regions.ts';
import { isoDateSchema } from '../shared/localized.ts';
import { singleLineText, textLimits } from '../shared/text.ts';
import { membershipStatuses } from './memberships.table.ts';

/** What a space records about an organisation's membership; `until` may not be before `since`. */
export const membershipChangesSchema = z
	.object({
		status: z.enum(membershipStatuses),
		since: isoDateSchema.nullable().default(null),
		until: isoDateSchema.nullable().default(null)
	})
	.refine((value) => !value.since || !value.until || value.until >= value.since, { message: 'until_before_since', path: ['until'] })
	.meta({ id: 'MembershipChanges', description: 'Status of an organisation in a space, with the dates it began and ended.' });

export const membershipSchema = z
	.object({
		spaceId: z.uuid(),
		organisationId: z.uuid(),
		status: z.enum(membershipStatuses),
		since: isoDateSchema.nullable(),
		until: isoDateSchema.nullable(),
		updatedAt: z.iso.datetime().meta({ description: 'When it last changed; its ETag, to send back as `If-Match`.' })
	})
	.meta({ id: 'Membership' });

export type Membership = z.output<typeof membershipSchema>;

export const memberSchema = z
	.object({
		organisation: z.object({
			id: z.uuid(),
			name: z.string(),
			shortName: z.string().nullable(),
			legalForm: z.enum(legalForms),
			registrationNumber: z.string().nullable(),
			city: z.string().nullable(),
			municipalityCode: z.string().nullable(),
			regionCode: z.enum(regionCodes).nullable()
		}),
		status: z.enum(membershipStatuses),
		since: isoDateSchema.nullable(),
		until: isoDateSchema.nullable()
	})
	.meta({ id: 'Member', description: 'An organisation in a space, with its membership.' });

export type Member = z.output<typeof memberSchema>;

export const memberListSchema = z.object({ items: z.array(memberSchema), total: z.int(), page: z.int(), pageSize: z.int() }).meta({ id: 'MemberList' });

export type MemberList = z.output<typeof memberListSchema>;

/** Filters of a space's member list; an empty value (as a form sends it) is no filter. */
const emptyIsUnset = (value: unknown) => (value === '' ? undefined : value);

export const memberQuerySchema = z.object({
	status: z.preprocess(emptyIsUnset, z.enum(membershipStatuses).optional()),
	region: z.preprocess(emptyIsUnset, z.enum(regionCodes).optional()),
	legalForm: z.preprocess(emptyIsUnset, z.enum(legalForms).optional()),
	q: z.preprocess(emptyIsUnset, singleLineText({ max: textLimits.search }).optional()),
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(50)
});

export type MemberQuery = z.output<typeof memberQuerySchema>;

export const regionCountSchema = z.object({ regionCode: z.enum(regionCodes).nullable(), count: z.int() });
export type RegionCount = z.output<typeof regionCountSchema>;
