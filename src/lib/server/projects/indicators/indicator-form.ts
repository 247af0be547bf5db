import { fail } from '@sveltejs/kit';
import { ZodError, type z } from 'zod';
import { problemOfIssue } from '../../../shared/form-problems.ts';
import { failForm } from '../../http/forms.ts';
import { parseAmount } from '../../shared/amount.ts';
import { dateForInput, toIsoDate } from '../../shared/calendar-date.ts';

type Locale = 'sl' | 'en';
type Issue = z.core.$ZodIssue;

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const optional = (data: FormData, name: string) => text(data, name) || undefined;

/**
 * Figures of an indicator as people type them (`1.234,5`, `1234.5`), read like amounts: the form's
 * language decides what a lone separator before three digits means, and what cannot be read is
 * refused with its own problem beside the field instead of guessed.
 */
export function readNumbers(
	data: FormData,
	names: readonly string[],
	locale: Locale,
	required: readonly string[] = []
): { numbers: Record<string, number | undefined>; issues: Issue[] } {
	const numbers: Record<string, number | undefined> = {};
	const issues: Issue[] = [];
	for (const name of names) {
		const typed = text(data, name);
		if (!typed && required.includes(name)) issues.push({ code: 'custom', path: [name], message: 'problem_required', input: typed });
		const negative = typed.startsWith('-') || typed.startsWith('−');
		const parsed = parseAmount(negative ? typed.slice(1) : typed, locale);
		if (parsed && 'problem' in parsed) issues.push({ code: 'custom', path: [name], message: parsed.problem, input: typed });
		else numbers[name] = parsed ? ((negative ? -1 : 1) * parsed.cents) / 100 : undefined;
	}
	return { numbers, issues };
}

/**
 * Parses `input` with `schema`, adding the problems of figures that could not be read (their
 * fields stand in as 0 meanwhile), so that one submission names every mistake.
 */
export function parseWithNumbers<Schema extends z.ZodType>(schema: Schema, input: Record<string, unknown>, issues: Issue[]): z.output<Schema> {
	const standIns = Object.fromEntries(issues.map((issue) => [String(issue.path[0]), 0]));
	const parsed = schema.safeParse({ ...input, ...standIns });
	const all = [...issues, ...(parsed.success ? [] : parsed.error.issues.filter((issue) => !(String(issue.path[0]) in standIns)))];
	if (all.length) throw new ZodError(all);
	return parsed.data as z.output<Schema>;
}

const figureFields = ['baselineValue', 'target'] as const;

/** The fields of an indicator form (new or edited) as the schemas read them. */
export function indicatorOfForm(data: FormData, locale: Locale) {
	const { numbers, issues } = readNumbers(data, figureFields, locale, ['target']);
	const input = {
		name: { sl: text(data, 'name.sl'), en: optional(data, 'name.en') },
		unit: text(data, 'unit'),
		baselineValue: numbers.baselineValue ?? 0,
		target: numbers.target,
		measure: optional(data, 'measure'),
		baselineOn: optional(data, 'baselineOn') ? toIsoDate(text(data, 'baselineOn')) : undefined
	};
	return { input, issues };
}

/** The periods of a new indicator: generated in steps over `from`–`to` (the project's period when left empty), or the rule it is computed by. */
export function newIndicatorOfForm(data: FormData, locale: Locale) {
	const { input, issues } = indicatorOfForm(data, locale);
	return {
		input: {
			...input,
			every: optional(data, 'every'),
			from: optional(data, 'from') && toIsoDate(text(data, 'from')),
			to: optional(data, 'to') && toIsoDate(text(data, 'to')),
			ruleId: optional(data, 'ruleId')
		},
		issues
	};
}

/** An indicator as its edit form shows it: figures and dates written as people write them in the form's language. */
export function formOfIndicator(
	indicator: { name: { sl: string; en?: string }; unit: string; baselineValue: number; baselineOn: string | null; target: number; measure: string },
	locale: Locale
): Record<string, string> {
	const figure = (value: number) => new Intl.NumberFormat(locale === 'sl' ? 'sl-SI' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
	return {
		'name.sl': indicator.name.sl,
		'name.en': indicator.name.en ?? '',
		unit: indicator.unit,
		baselineValue: figure(indicator.baselineValue),
		baselineOn: dateForInput(indicator.baselineOn, locale),
		target: figure(indicator.target),
		measure: indicator.measure
	};
}

/** The form field a problem of the indicator schemas belongs to: periods are asked for as a step. */
const fieldOf = (path: readonly PropertyKey[]) => (path[0] === 'periods' ? 'every' : path.map(String).join('.') || 'form');

/** `failForm` whose validation problems are the kinds the form explains (`problem_required`, `amount_format` …), each beside its field. */
export function failIndicatorForm(cause: unknown, values: Record<string, string>) {
	if (!(cause instanceof ZodError)) return failForm(cause, values);
	const errors: Record<string, string> = {};
	for (const issue of cause.issues) errors[fieldOf(issue.path)] ??= problemOfIssue(issue);
	return fail(400, { values, errors });
}
