import { z } from 'zod';
import { isoDateSchema } from '../shared/localized.ts';
import { emailAddress, singleLineText, textLimits } from '../shared/text.ts';
import { auditEntrySchema } from '../audit/audit.schemas.ts';
import { consentPurposes } from './people.table.ts';

/*
 * Refinements name their problem in snake case; forms and the API translate the name
 * (`src/lib/people/people.error-words.ts`).
 */

const nameSchema = singleLineText({ min: 1, max: 200, messages: { min: 'person_name_required', max: 'person_name_too_long' } });
const emailSchema = emailAddress('person_email_format');
/** Digits with the separators people write (`+386 1 234 56 78`, `041/123-456`). */
const phoneSchema = z
	.string()
	.max(textLimits.short, 'person_phone_format')
	.trim()
	.regex(/^\+?[\d\s/-]*\d[\d\s/-]*$/, 'person_phone_format')
	.max(40, 'person_phone_format')
	.meta({ description: 'Digits, spaces, `+`, `/` and `-`.', example: '+386 1 234 56 78' });

export const consentPurposeSchema = z.enum(consentPurposes).meta({ id: 'ConsentPurpose' });

export const consentInputSchema = z
	.object({ purpose: consentPurposeSchema, granted: z.boolean() })
	.meta({ id: 'ConsentInput', description: 'A consent given (`granted: true`) or withdrawn.' });
export type ConsentInput = z.output<typeof consentInputSchema>;

export const affiliationInputSchema = z
	.object({
		organisationId: z.uuid('affiliation_organisation_required'),
		role: singleLineText({ min: 1, max: 200 }).optional().meta({ description: 'e.g. president, secretary, volunteer.' }),
		since: isoDateSchema.optional(),
		until: isoDateSchema.optional()
	})
	.refine((affiliation) => !affiliation.since || !affiliation.until || affiliation.until >= affiliation.since, {
		message: 'affiliation_until_before_since',
		path: ['until']
	})
	.meta({ id: 'AffiliationInput', description: 'A role in an organisation over time.' });
export type AffiliationInput = z.output<typeof affiliationInputSchema>;

export const personInputSchema = z
	.object({
		name: nameSchema,
		email: emailSchema.optional(),
		phone: phoneSchema.optional(),
		affiliations: z.array(affiliationInputSchema).max(20).default([]),
		consents: z.array(consentInputSchema).max(consentPurposes.length).default([])
	})
	.meta({ id: 'PersonInput', description: 'A person as created, with affiliations and consents given at the time.' });
export type PersonInput = z.output<typeof personInputSchema>;

/** `null` clears e-mail or phone; fields left out stay as they are. */
export const personChangesSchema = z
	.object({ name: nameSchema.optional(), email: emailSchema.nullable().optional(), phone: phoneSchema.nullable().optional() })
	.strict()
	.meta({ id: 'PersonChanges', description: 'Fields to change; `null` clears e-mail or phone.' });
export type PersonChanges = z.output<typeof personChangesSchema>;

export const endAffiliationSchema = z.object({ affiliationId: z.uuid(), until: isoDateSchema });

export const peopleQuerySchema = z.object({
	organisation: z.uuid().optional().meta({ description: 'Only people with a current affiliation to this organisation.' }),
	q: singleLineText({ max: textLimits.search }).optional().meta({ description: 'Words of the name or e-mail; case and diacritics ignored.' }),
	page: z.coerce.number().int().min(1).max(10_000).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(20)
});
export type PeopleQuery = z.output<typeof peopleQuerySchema>;

export const affiliationSchema = z
	.object({
		id: z.uuid(),
		organisationId: z.uuid(),
		organisationName: z.string(),
		role: z.string().nullable(),
		since: isoDateSchema.nullable(),
		until: isoDateSchema.nullable(),
		current: z.boolean().meta({ description: 'No end date, or one not yet passed.' })
	})
	.meta({ id: 'Affiliation' });
export type Affiliation = z.output<typeof affiliationSchema>;

export const consentRecordSchema = z
	.object({ purpose: consentPurposeSchema, granted: z.boolean(), source: z.string(), recordedAt: z.iso.datetime() })
	.meta({ id: 'ConsentRecord', description: 'One consent given or withdrawn, with when and how it was recorded.' });
export type ConsentRecord = z.output<typeof consentRecordSchema>;

const currentConsentSchema = consentRecordSchema.omit({ purpose: true }).nullable();

export const personSummarySchema = z
	.object({
		id: z.uuid(),
		name: z.string().meta({ description: 'A placeholder once the person is erased.' }),
		email: z.string().nullable(),
		phone: z.string().nullable(),
		erased: z.boolean(),
		affiliations: z.array(affiliationSchema).meta({ description: 'Current affiliations only.' })
	})
	.meta({ id: 'PersonSummary' });
export type PersonSummary = z.output<typeof personSummarySchema>;

export const personSchema = personSummarySchema
	.extend({
		affiliations: z.array(affiliationSchema).meta({ description: 'All affiliations, current and past.' }),
		consents: z
			.object({ newsletter: currentConsentSchema, data_processing: currentConsentSchema })
			.meta({ description: 'The consent in force per purpose: the latest recorded, or null if none was.' }),
		consentHistory: z.array(consentRecordSchema).meta({ description: 'Every consent recorded, newest first.' }),
		erasedAt: z.iso.datetime().nullable(),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime()
	})
	.meta({ id: 'Person', description: 'A person of the registry with affiliations and consents.' });
export type Person = z.output<typeof personSchema>;

export const peoplePageSchema = z.object({ items: z.array(personSummarySchema), total: z.int(), page: z.int(), pageSize: z.int() }).meta({ id: 'PeoplePage' });
export type PeoplePage = z.output<typeof peoplePageSchema>;

export const personalDataExportSchema = z
	.object({
		exportedAt: z.iso.datetime(),
		person: z.object({
			id: z.uuid(),
			name: z.string(),
			email: z.string().nullable(),
			phone: z.string().nullable(),
			erasedAt: z.iso.datetime().nullable(),
			createdAt: z.iso.datetime(),
			updatedAt: z.iso.datetime()
		}),
		affiliations: z.array(affiliationSchema),
		consents: z.array(consentRecordSchema).meta({ description: 'The full history, oldest first.' }),
		audit: z.array(auditEntrySchema).meta({ description: 'Every recorded change about the person, oldest first.' })
	})
	.meta({ id: 'PersonalDataExport', description: 'Everything the platform holds about a person (GDPR art. 15 and 20).' });
export type PersonalDataExport = z.output<typeof personalDataExportSchema>;
