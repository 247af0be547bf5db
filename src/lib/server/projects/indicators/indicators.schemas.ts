import { z } from 'zod';
import { calendarDate } from '../../shared/calendar-date.ts';
import { isoDateSchema, localizedNameSchema } from '../../shared/localized.ts';
import { singleLineText } from '../../shared/text.ts';
import { periodSteps } from './indicator-progress.ts';

const measureSchema = z.enum(['cumulative', 'per_period']).meta({ description: 'cumulative: the periods add up; per_period: each period is measured anew.' });
const periodSchema = z.object({ startsOn: calendarDate(), endsOn: calendarDate() }).refine((period) => period.endsOn >= period.startsOn, {
	message: 'ends_before_start',
	path: ['endsOn']
});

/** A new indicator; its periods listed, or generated from the project's period (or `from`/`to`) in steps. */
export const indicatorInputSchema = z
	.object({
		name: z.object({ sl: singleLineText({ min: 1, max: 300 }), en: singleLineText({ min: 0, max: 300 }).optional() }),
		unit: singleLineText({ min: 1, max: 60 }).meta({ example: 'organisations' }),
		baselineValue: z.coerce.number().finite().default(0),
		baselineOn: calendarDate().optional(),
		target: z.coerce.number().finite(),
		measure: measureSchema,
		periods: z.array(periodSchema).min(1).max(240).optional(),
		every: z.enum(periodSteps).optional().meta({ description: 'Generates the periods in steps of a year, half year, quarter or month.' }),
		from: calendarDate().optional(),
		to: calendarDate().optional(),
		ruleId: singleLineText({ min: 1, max: 100 }).optional().meta({ description: 'A rule a module computes the actuals by (see the `rules` of the list).' })
	})
	.refine((input) => input.periods || input.every, { message: 'periods_missing', path: ['periods'] })
	.meta({ id: 'IndicatorInput', description: 'A new indicator of a project.' });
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

/** Changes to an indicator: only the fields named change; the periods stay (its actuals are entered by them). */
export const indicatorChangesSchema = z
	.object({
		name: z.object({ sl: singleLineText({ min: 1, max: 300 }), en: singleLineText({ min: 0, max: 300 }).optional() }),
		unit: singleLineText({ min: 1, max: 60 }),
		baselineValue: z.coerce.number().finite(),
		baselineOn: calendarDate().nullable(),
		target: z.coerce.number().finite(),
		measure: measureSchema
	})
	.partial()
	.meta({ id: 'IndicatorChanges', description: "Changes to an indicator's name, unit, baseline, target or measure; fields left out stay." });

export const actualInputSchema = z
	.object({
		periodStartsOn: calendarDate(),
		organisationId: z.uuid().nullable().optional().meta({ description: "A partner's part; left out for the hub's own figure." }),
		value: z.coerce.number().finite(),
		note: z.string().trim().max(2000).default('').meta({ description: 'Evidence: what the figure rests on. Files cannot be attached yet.' }),
		link: z.url().max(2000).nullable().optional().meta({ description: 'Evidence: where to see it.' })
	})
	.meta({ id: 'IndicatorActualInput', description: 'An entered actual (or a partner part of it) of one period; it becomes a draft again.' });

export const actualStepSchema = z
	.object({ status: z.enum(['submitted', 'approved', 'draft']) })
	.meta({ id: 'IndicatorActualStep', description: 'submitted (by who entered it), approved or returned to draft (by staff).' });

const actualSchema = z.object({
	id: z.uuid(),
	periodStartsOn: isoDateSchema,
	organisationId: z.uuid().nullable(),
	value: z.number(),
	note: z.string(),
	link: z.string().nullable(),
	status: z.enum(['draft', 'submitted', 'approved'])
});
export type Actual = z.output<typeof actualSchema>;

export const indicatorSchema = z
	.object({
		id: z.uuid(),
		name: localizedNameSchema,
		unit: z.string(),
		baselineValue: z.number(),
		baselineOn: isoDateSchema.nullable(),
		target: z.number(),
		measure: measureSchema,
		ruleId: z.string().nullable(),
		periods: z.array(
			z.object({
				startsOn: isoDateSchema,
				endsOn: isoDateSchema,
				actual: z.number().nullable().meta({ description: 'Computed by the rule, or the sum of approved entered parts; null while none.' }),
				achieved: z.number().nullable(),
				fraction: z.number().nullable()
			})
		),
		achieved: z.number().nullable(),
		fraction: z.number().nullable().meta({ description: 'The way from baseline to target travelled; 1 = reached.' }),
		actuals: z.array(actualSchema).meta({ description: 'Entered parts: every one to staff, the approved ones and their own to others.' })
	})
	.meta({ id: 'Indicator', description: "A project's indicator with its progress by period." });
export type Indicator = z.output<typeof indicatorSchema>;

export const indicatorListSchema = z
	.object({
		items: z.array(indicatorSchema),
		rules: z.array(z.object({ id: z.string(), words: z.object({ sl: z.string(), en: z.string() }) }))
	})
	.meta({ id: 'IndicatorList' });
export const actualRecordSchema = actualSchema.meta({ id: 'IndicatorActual' });
