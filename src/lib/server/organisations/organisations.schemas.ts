import { z } from 'zod';
import { isRegistrationNumber, isTaxNumber } from '../../reference/identifiers.ts';
import { legalForms } from '../../reference/legal-forms.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { regionCodes } from '../../reference/regions.ts';
import { isoDateSchema } from '../shared/localized.ts';
import { contactEmailAddress, singleLineText, textLimits, webAddress } from '../shared/text.ts';
import { slugSchema } from '../spaces/spaces.schemas.ts';

/*
 * Normalising schemas end in a pipe to the normalised form, which is what the OpenAPI document
 * shows of them (a transform alone has no JSON Schema).
 * Refinements name their problem in snake case; forms, the import and the API translate the
 * name (see `src/lib/registry-labels.ts`).
 */

const optionalText = (max: number) => singleLineText({ min: 1, max }).optional();

/** Identifiers are short: a longer text is not worth normalising. */
const identifierText = () => z.string().max(textLimits.short);

/** Spaces and an `SI` prefix, as people copy tax numbers from invoices, are forgiven. */
const taxNumberSchema = identifierText()
	.transform((value) => value.replace(/\s+/g, '').replace(/^SI/i, ''))
	.refine((value) => /^\d{8}$/.test(value), 'tax_number_format')
	.refine(isTaxNumber, 'tax_number_check_digit')
	.pipe(z.string().regex(/^\d{8}$/))
	.meta({ description: 'Davčna številka: 8 digits, the last a mod-11 check digit.', example: '15012557' });

const registrationNumberSchema = identifierText()
	.transform((value) => value.replace(/\s+/g, ''))
	.refine(isRegistrationNumber, 'registration_number_format')
	.pipe(z.string().regex(/^\d{7}(\d{3})?$/))
	.meta({ description: 'Matična številka: 7 digits, or 10 for a unit of an organisation.', example: '1234567' });

const municipalityCodeSchema = identifierText()
	.trim()
	.refine((code) => /^\d{1,3}$/.test(code) && municipalityByCode(code) !== undefined, 'municipality_unknown')
	.transform((code) => code.padStart(3, '0'))
	.pipe(z.string().regex(/^\d{3}$/))
	.meta({ description: 'GURS municipality number, 3 digits (e.g. `061` Ljubljana).' });

export const fieldCodeSchema = z
	.string()
	.regex(/^[a-z][a-z0-9_]*$/, 'field_code_format')
	.max(60);

export const publicInterestDecisionSchema = z
	.object({ field: fieldCodeSchema, decidedOn: isoDateSchema.nullable().default(null) })
	.meta({ id: 'PublicInterestDecision', description: 'Status of acting in the public interest in a field, with the date of the decision.' });

export const organisationInputSchema = z
	.object({
		name: singleLineText({ min: 1, max: textLimits.name }),
		shortName: optionalText(120),
		aliases: z
			.array(singleLineText({ min: 1, max: textLimits.name }))
			.max(20)
			.default([]),
		legalForm: z.enum(legalForms),
		registrationNumber: registrationNumberSchema.optional(),
		taxNumber: taxNumberSchema.optional(),
		street: optionalText(200),
		postalCode: identifierText()
			.trim()
			.regex(/^\d{4}$/, 'postal_code_format')
			.optional(),
		city: optionalText(100),
		municipalityCode: municipalityCodeSchema.optional(),
		email: contactEmailAddress().optional(),
		website: webAddress().optional(),
		fields: z.array(fieldCodeSchema).max(30).default([]),
		publicInterest: z.array(publicInterestDecisionSchema).max(30).default([]),
		donationEligible: z.boolean().default(false)
	})
	.meta({ id: 'OrganisationInput', description: 'An organisation as it is created or replaced.' });

export type OrganisationInput = z.output<typeof organisationInputSchema>;

/** Changes to an organisation: only the fields sent are changed; `null` clears an optional field. */
export const organisationChangesSchema = organisationInputSchema
	.partial()
	.meta({ id: 'OrganisationChanges', description: 'Fields to change; the rest stay as they are; `null` clears an optional field.' });

export const organisationSchema = organisationInputSchema
	.extend({
		id: z.uuid(),
		regionCode: z.enum(regionCodes).nullable(),
		hasLogo: z.boolean(),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime()
	})
	.meta({ id: 'Organisation', description: 'An organisation of the registry.' });

export type Organisation = z.output<typeof organisationSchema>;

const yesNo = z.enum(['yes', 'no']);

/** What the directory (page, API, export) is asked: a search and facet filters. */
export const directoryQuerySchema = z
	.object({
		q: singleLineText({ max: textLimits.search }).optional(),
		region: z.enum(regionCodes).optional(),
		municipality: municipalityCodeSchema.optional(),
		legalForm: z.enum(legalForms).optional(),
		field: fieldCodeSchema.optional(),
		publicInterest: yesNo.optional(),
		space: slugSchema.optional(),
		page: z.coerce.number().int().min(1).default(1),
		pageSize: z.coerce.number().int().min(1).max(100).default(20)
	})
	.meta({ id: 'DirectoryQuery' });

export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.int() }).meta({ id: 'FacetCount' });

export const directoryFacetsSchema = z
	.object({
		region: z.array(facetCountSchema),
		municipality: z.array(facetCountSchema),
		legalForm: z.array(facetCountSchema),
		field: z.array(facetCountSchema),
		publicInterest: z.array(facetCountSchema),
		space: z.array(facetCountSchema)
	})
	.meta({ id: 'DirectoryFacets', description: 'For each filter, its values with the number of organisations found with each.' });

export const directoryResultSchema = z
	.object({
		items: z.array(organisationSchema),
		total: z.int(),
		page: z.int(),
		pageSize: z.int(),
		facets: directoryFacetsSchema
	})
	.meta({ id: 'DirectoryResult' });

export type DirectoryResult = z.output<typeof directoryResultSchema>;
