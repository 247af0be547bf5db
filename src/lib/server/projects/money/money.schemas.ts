import { z } from 'zod';
import { parseAmount } from '../../shared/amount.ts';
import { localizedNameSchema } from '../../shared/localized.ts';
import { singleLineText, textLimits } from '../../shared/text.ts';

const shortText = () => singleLineText({ min: 1, max: textLimits.name });
const maxLines = 50;

const amountDescription = 'An amount in euros as people write it: `60.000,00`, `60000.00`, `60.000 €`, or a number (60000).';
/** An amount as the API's description shows it: text or a number of euros. */
const amountTextSchema = z.union([z.string(), z.number().nonnegative()]).meta({ description: amountDescription });

/**
 * An amount as people write it, into cents; the language of the writing decides only what a lone
 * separator before three digits means. A problem keeps its own code (`amount_format`,
 * `amount_ambiguous`, `amount_decimals`) for the form to explain.
 */
export const amountInputSchema = (locale: 'sl' | 'en') =>
	amountTextSchema.transform((value, context) => {
		if (typeof value === 'number') return Math.round(value * 100);
		const parsed = parseAmount(value, locale);
		if (parsed && 'cents' in parsed) return parsed.cents;
		context.addIssue({ code: 'custom', message: parsed ? parsed.problem : 'problem_required' });
		return z.NEVER;
	});

/** Where money comes from, as a programme names it: fund, programme, priority axis, investment priority, specific objective. */
const programmeFields = {
	fund: shortText().optional().meta({ description: 'e.g. ESF (Evropski socialni sklad).' }),
	programme: shortText().optional().meta({ description: 'e.g. OP 2014–2020.' }),
	priorityAxis: shortText().optional().meta({ description: 'e.g. 11.' }),
	investmentPriority: shortText().optional().meta({ description: 'e.g. 11.4.' }),
	specificObjective: shortText().optional().meta({ description: 'e.g. 1.' })
};

const namesOrganisation = (line: { organisationId?: string; name?: string }) => Boolean(line.organisationId || line.name);

/** A project's money as sent, its amounts read by `amount`: as text for the description, into cents for the use case. */
const moneyBody = <Amount extends z.ZodType>(amount: Amount) => {
	// a source names an organisation of the registry, or (not yet in it) its name
	const source = <Shape extends z.ZodRawShape>(shape: Shape) =>
		z
			.object({ organisationId: z.uuid().optional(), name: shortText().optional(), amount, ...shape })
			.refine((line) => namesOrganisation(line as Parameters<typeof namesOrganisation>[0]), { message: 'problem_required', path: ['organisationId'] });
	return z.object({
		total: amount.meta({ description: `The total value of the project; its sources must add up to it. ${amountDescription}` }),
		callId: z.uuid().nullable().optional().meta({ description: 'The public call the project was selected in.' }),
		fundingLines: z.array(source(programmeFields)).max(maxLines).default([]),
		ownFunds: z.array(source({})).max(maxLines).default([]).meta({ description: "Each partner's own co-financing." })
	});
};

export const projectMoneyInputSchema = (locale: 'sl' | 'en' = 'sl') => moneyBody(amountInputSchema(locale));
export type ProjectMoneyInput = z.output<ReturnType<typeof projectMoneyInputSchema>>;

// what the API accepts, described once (the schema that reads it turns amounts into cents)
moneyBody(amountTextSchema).meta({
	id: 'ProjectMoneyInput',
	description:
		'A project’s money as a whole (replaces what was there); once sources are given they must add up to the total. `locale` (query) says how amounts are written.'
});

const amountSchema = z
	.object({ cents: z.int().nonnegative(), text: z.object({ sl: z.string(), en: z.string() }) })
	.meta({ id: 'Amount', description: 'An amount in cents and as it is written in Slovenian (`60.000,00 €`) and English (`€60,000.00`).' });

const sourceSchema = z.object({
	organisation: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }).nullable(),
	name: z.string().meta({ description: 'The organisation’s name, or the name written for it.' }),
	amount: amountSchema
});

export const fundingLineSchema = sourceSchema
	.extend({
		fund: z.string().nullable(),
		programme: z.string().nullable(),
		priorityAxis: z.string().nullable(),
		investmentPriority: z.string().nullable(),
		specificObjective: z.string().nullable()
	})
	.meta({ id: 'FundingLine', description: 'Money from a financer, with the programme it comes from.' });
export type FundingLine = z.output<typeof fundingLineSchema>;

export const ownFundsSchema = sourceSchema.meta({ id: 'OwnFunds', description: 'A partner’s own co-financing.' });
export type OwnFunds = z.output<typeof ownFundsSchema>;

export const publicCallInputSchema = z
	.object({
		title: localizedNameSchema,
		funderOrganisationId: z.uuid().optional().meta({ description: 'The funder, an organisation of the registry.' }),
		fund: shortText().optional().meta({ description: 'e.g. Sklad za NVO.' }),
		reference: shortText().optional().meta({ description: 'Where it was published, e.g. Uradni list RS 48/19.' }),
		year: z.int().min(1990).max(2100),
		lot: shortText().optional().meta({ description: 'The lot (sklop) of the call, if it has several.' })
	})
	.meta({ id: 'PublicCallInput', description: 'A public call for projects, published by a funder.' });

export const publicCallSchema = z
	.object({
		id: z.uuid(),
		title: z.object({ sl: z.string(), en: z.string().optional() }),
		funder: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }).nullable(),
		fund: z.string().nullable(),
		reference: z.string().nullable(),
		year: z.int(),
		lot: z.string().nullable()
	})
	.meta({ id: 'PublicCall', description: 'A public call for projects, reused by every project selected in it.' });
export type PublicCall = z.output<typeof publicCallSchema>;
export const publicCallListSchema = z.object({ items: z.array(publicCallSchema) }).meta({ id: 'PublicCallList' });

export const projectMoneySchema = z
	.object({
		total: amountSchema.nullable(),
		call: publicCallSchema.nullable(),
		fundingLines: z.array(fundingLineSchema),
		ownFunds: z.array(ownFundsSchema),
		sources: amountSchema.meta({ description: 'The sum of the funding lines and own funds.' })
	})
	.meta({ id: 'ProjectMoney', description: 'A project’s total value, its funding lines, own co-financing and public call.' });
export type ProjectMoney = z.output<typeof projectMoneySchema>;
