import { z } from 'zod';
import { legalForms } from '../../reference/legal-forms.ts';
import { regionCodes } from '../../reference/regions.ts';
import { parseAmount } from '../shared/amount.ts';
import { calendarDate } from '../shared/calendar-date.ts';
import { localizedNameSchema } from '../shared/localized.ts';
import { longText, singleLineText, textLimits, webAddress } from '../shared/text.ts';
import { applicationStatuses } from './calls.table.ts';

const shortText = () => singleLineText({ min: 1, max: textLimits.name });

const amountDescription = 'An amount in euros exactly as the call states it, as people write it: `5.726.000,00`, `5726000.00`, `5.726.000 EUR`, or a number.';

/** An amount as typed, into cents (exact); a problem keeps its code (`amount_format`, `amount_ambiguous`, `amount_decimals`). */
export const callAmountSchema = (locale: 'sl' | 'en') =>
	z
		.union([z.string(), z.number().nonnegative()])
		.meta({ description: amountDescription })
		.transform((value, context) => {
			const text = typeof value === 'number' ? (Number.isInteger(value * 100) ? value.toFixed(2) : String(value)) : value;
			const parsed = parseAmount(text, locale);
			if (parsed && 'cents' in parsed) return parsed.cents;
			if (parsed === undefined) return null;
			context.addIssue({ code: 'custom', message: parsed.problem, input: value });
			return z.NEVER;
		});

/** `12:00` or `12.00`, as people write a time. */
const timeOfDay = z
	.string()
	.trim()
	.transform((value) => value.replace('.', ':'))
	.pipe(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'time_format'))
	.transform((value) => value.padStart(5, '0'));

export const deadlineInputSchema = z.object({
	date: calendarDate().meta({ description: 'The day (Europe/Ljubljana), `2027-01-31` or `31. 1. 2027`.' }),
	time: timeOfDay.optional().nullable().meta({ description: 'The hour on that day (Europe/Ljubljana), `12:00`; without it the whole day counts.' }),
	note: shortText().optional().nullable()
});

const shareSchema = z
	.union([z.number(), z.string()])
	.transform((value, context) => {
		const number = typeof value === 'number' ? value : Number(value.trim().replace(/\s*%$/, '').replace(',', '.'));
		if (!Number.isFinite(number) || number < 0 || number > 100 || Math.round(number * 100) !== number * 100) {
			context.addIssue({ code: 'custom', message: 'share_format', input: value });
			return z.NEVER;
		}
		return number.toFixed(2);
	})
	.meta({ description: 'A percentage, 0–100, at most two decimals.' });

/** A call as sent (API, form, import): amounts as people write them in `locale`. */
export const callInputSchema = (locale: 'sl' | 'en' = 'sl') =>
	z
		.object({
			title: localizedNameSchema,
			funderOrganisationId: z.uuid().optional().nullable().meta({ description: 'The funder, an organisation of the registry.' }),
			fund: shortText().optional().nullable(),
			reference: shortText().optional().nullable().meta({ description: 'Where it was published, e.g. Uradni list RS 48/19.' }),
			year: z.int().min(1990).max(2100).optional().meta({ description: 'The year of the call; from its publication or first deadline when not given.' }),
			lot: shortText().optional().nullable(),
			link: webAddress().optional().nullable(),
			publishedOn: calendarDate().optional().nullable(),
			deadlines: z.array(deadlineInputSchema).max(20).optional(),
			closed: z.boolean().optional(),
			totalAmount: callAmountSchema(locale).optional(),
			amountMin: callAmountSchema(locale).optional(),
			amountMax: callAmountSchema(locale).optional(),
			legalForms: z.array(z.enum(legalForms)).optional(),
			regionCodes: z.array(z.enum(regionCodes)).optional(),
			fields: z.array(z.string().min(1).max(60)).optional(),
			cofinancingRequired: z.boolean().optional().nullable(),
			cofinancingShare: shareSchema.optional().nullable()
		})
		.superRefine((call, context) => {
			if (call.amountMin != null && call.amountMax != null && call.amountMin > call.amountMax) {
				context.addIssue({ code: 'custom', path: ['amountMax'], message: 'amount_range', input: call.amountMax });
			}
		});
export type CallInput = z.output<ReturnType<typeof callInputSchema>>;

/** A change: only what is sent changes. */
export const callChangeSchema = (locale: 'sl' | 'en' = 'sl') =>
	z.object({
		...callInputSchema(locale).shape,
		title: localizedNameSchema.optional()
	});

const moneySchema = z
	.object({
		amount: z.string().meta({ description: 'Exact decimal, `5726000.00`.' }),
		currency: z.string(),
		text: z.object({ sl: z.string(), en: z.string() }).meta({ description: '`5.726.000,00 EUR` and `EUR 5,726,000.00`.' })
	})
	.meta({ id: 'CallAmount', description: 'An amount exactly as the call states it: a decimal string with its currency.' });

export const callSchema = z
	.object({
		id: z.uuid(),
		title: z.object({ sl: z.string(), en: z.string().optional() }),
		funder: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }).nullable(),
		fund: z.string().nullable(),
		reference: z.string().nullable(),
		year: z.int(),
		lot: z.string().nullable(),
		link: z.string().nullable(),
		publishedOn: z.string().nullable(),
		deadline: z
			.string()
			.nullable()
			.meta({ description: 'The next deadline (ISO date-time, Europe/Ljubljana offset); for a closed call its last one; null when none is stated.' }),
		deadlines: z.array(
			z.object({
				date: z.string(),
				time: z.string().nullable(),
				at: z.string().meta({ description: 'ISO date-time; the day’s end when no time is given.' }),
				note: z.string().nullable()
			})
		),
		open: z.boolean(),
		closed: z.boolean().meta({ description: 'Closed by hand before its deadline.' }),
		totalAmount: moneySchema.nullable(),
		amountMin: moneySchema.nullable(),
		amountMax: moneySchema.nullable(),
		eligibility: z.object({
			legalForms: z.array(z.string()).meta({ description: 'Empty: any legal form.' }),
			regionCodes: z.array(z.string()).meta({ description: 'Empty: any region.' }),
			fields: z.array(z.string()).meta({ description: 'Empty: any field of work.' })
		}),
		cofinancing: z.object({ required: z.boolean().nullable(), share: z.string().nullable().meta({ description: 'Percent, `20.00`.' }) }),
		enteredInSpaceId: z.uuid().nullable(),
		updatedAt: z.string().nullable()
	})
	.meta({ id: 'Call', description: 'A funding call (javni razpis), shared by every space.' });
export type Call = z.output<typeof callSchema>;
export const callListSchema = z.object({ items: z.array(callSchema) }).meta({ id: 'CallList' });

export const callListQuerySchema = z.object({
	status: z.enum(['open', 'closed', 'all']).default('all'),
	funder: z.uuid().optional(),
	region: z.enum(regionCodes).optional(),
	field: z.string().min(1).max(60).optional(),
	legalForm: z.enum(legalForms).optional(),
	deadlineBefore: calendarDate().optional(),
	minAmount: z
		.string()
		.transform((value, context) => {
			const parsed = parseAmount(value, 'sl');
			if (parsed && 'cents' in parsed) return parsed.cents;
			if (parsed === undefined) return undefined;
			context.addIssue({ code: 'custom', message: parsed.problem, input: value });
			return z.NEVER;
		})
		.optional()
});
export type CallListQuery = z.output<typeof callListQuerySchema>;

export const applicationInputSchema = (locale: 'sl' | 'en' = 'sl') =>
	z
		.object({
			organisationId: z.uuid(),
			space: z.string().min(1).max(100).optional().meta({ description: 'The address of the space that records it; needed when you keep several.' }),
			status: z.enum(applicationStatuses).default('applied'),
			appliedOn: calendarDate().optional().nullable(),
			decidedOn: calendarDate().optional().nullable(),
			grantedAmount: callAmountSchema(locale).optional(),
			note: longText({ max: 2000 }).optional().nullable()
		})
		.superRefine((application, context) => {
			if (application.grantedAmount != null && application.status !== 'granted')
				context.addIssue({ code: 'custom', path: ['grantedAmount'], message: 'granted_amount_only_when_granted', input: application.grantedAmount });
		});

export const applicationChangeSchema = (locale: 'sl' | 'en' = 'sl') =>
	z.object({
		status: z.enum(applicationStatuses).optional(),
		appliedOn: calendarDate().optional().nullable(),
		decidedOn: calendarDate().optional().nullable(),
		grantedAmount: callAmountSchema(locale).optional(),
		note: longText({ max: 2000 }).optional().nullable()
	});

export const applicationSchema = z
	.object({
		id: z.uuid(),
		callId: z.uuid(),
		callTitle: z.object({ sl: z.string(), en: z.string().optional() }),
		organisation: z.object({ id: z.uuid(), name: z.string() }),
		spaceId: z.uuid().nullable(),
		status: z.enum(applicationStatuses),
		appliedOn: z.string().nullable(),
		decidedOn: z.string().nullable(),
		grantedAmount: moneySchema.nullable(),
		note: z.string().nullable(),
		updatedAt: z.string()
	})
	.meta({ id: 'CallApplication', description: 'A member organisation’s application to a call and its outcome.' });
export type CallApplication = z.output<typeof applicationSchema>;
export const applicationListSchema = z.object({ items: z.array(applicationSchema) }).meta({ id: 'CallApplicationList' });

export const eligibleOrganisationSchema = z
	.object({
		id: z.uuid(),
		name: z.string(),
		legalForm: z.string(),
		regionCode: z.string().nullable(),
		fields: z.array(z.string()),
		spaceIds: z.array(z.uuid())
	})
	.meta({ id: 'EligibleOrganisation' });
export type EligibleOrganisation = z.output<typeof eligibleOrganisationSchema>;
export const eligibleOrganisationListSchema = z.object({ items: z.array(eligibleOrganisationSchema) }).meta({ id: 'EligibleOrganisationList' });

// what the API accepts, described once (the schemas above read it: amounts into cents, dates as people write them)
const amountText = z.union([z.string(), z.number()]).meta({ description: amountDescription });
const describedDeadline = z.object({
	date: z.string().meta({ description: '`2027-01-31` or `31. 1. 2027` (Europe/Ljubljana).' }),
	time: z.string().nullable().optional().meta({ description: '`12:00`; without it the whole day counts.' }),
	note: z.string().nullable().optional()
});
const describedCall = {
	title: localizedNameSchema,
	funderOrganisationId: z.uuid().nullable().optional(),
	fund: z.string().nullable().optional(),
	reference: z.string().nullable().optional(),
	year: z.int().optional(),
	lot: z.string().nullable().optional(),
	link: z.string().nullable().optional(),
	publishedOn: z.string().nullable().optional(),
	deadlines: z.array(describedDeadline).optional(),
	closed: z.boolean().optional(),
	totalAmount: amountText.nullable().optional(),
	amountMin: amountText.nullable().optional(),
	amountMax: amountText.nullable().optional(),
	legalForms: z.array(z.enum(legalForms)).optional(),
	regionCodes: z.array(z.enum(regionCodes)).optional(),
	fields: z.array(z.string()).optional(),
	cofinancingRequired: z.boolean().nullable().optional(),
	cofinancingShare: z.union([z.number(), z.string()]).nullable().optional()
};
z.object(describedCall).meta({ id: 'CallInput', description: 'A funding call as sent; amounts exactly as the call states them.' });
z.object({ ...describedCall, title: localizedNameSchema.optional() }).meta({ id: 'CallChange', description: 'What changes of a call; `null` clears a field.' });
const describedApplication = {
	status: z.enum(applicationStatuses).optional(),
	appliedOn: z.string().nullable().optional(),
	decidedOn: z.string().nullable().optional(),
	grantedAmount: amountText.nullable().optional(),
	note: z.string().nullable().optional()
};
z.object({ organisationId: z.uuid(), space: z.string().optional(), ...describedApplication }).meta({ id: 'CallApplicationInput' });
z.object(describedApplication).meta({ id: 'CallApplicationChange' });
