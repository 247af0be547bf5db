import { m } from '../paraglide/messages.js';
import { errorMessage } from './error-messages.ts';

type Failure = { errors?: Record<string, string>; details?: unknown } | null | undefined;

/** What a validation issue says, as much as the form needs of it (a zod issue fits). */
type Issue = { code: string; message: string; format?: string; minimum?: unknown; origin?: string; input?: unknown };

/**
 * The kind of mistake a validation issue is, for a form to say what to do about it: one kind per
 * thing to fix (an e-mail address, a web address, a date are three), never a sentence covering all.
 * Refinements and patterns that name their problem in snake case (`tax_number_check_digit`) keep it.
 */
export function problemOfIssue(issue: Issue): string {
	if (/^[a-z][a-z0-9_]*$/.test(issue.message)) return issue.message;
	switch (issue.code) {
		case 'too_small':
			return issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'problem_required' : 'problem_too_short';
		case 'too_big':
			return issue.origin === 'array' ? 'problem_too_many' : 'problem_too_long';
		case 'invalid_format':
			return issue.format === 'email'
				? 'problem_email'
				: issue.format === 'url'
					? 'problem_web_address'
					: issue.format === 'date'
						? 'problem_date'
						: 'problem_format';
		case 'invalid_value':
			return 'problem_choose';
		case 'invalid_type':
			return issue.input === undefined ? 'problem_required' : 'problem_format';
		default:
			return 'problem_format';
	}
}

/** What each kind of mistake asks people to do, beside the field (the summary names the field before it). */
export const problemMessages: Record<string, () => string> = {
	problem_required: m.problem_required,
	problem_too_short: m.problem_too_short,
	problem_too_long: m.problem_too_long,
	problem_too_many: m.problem_too_many,
	problem_email: m.problem_email,
	problem_web_address: m.problem_web_address,
	problem_date: m.problem_date,
	problem_format: m.problem_format_generic,
	problem_choose: m.problem_choose,
	problem_end_before_start: m.problem_end_before_start,
	amount_format: m.problem_amount_format,
	amount_ambiguous: m.problem_amount_ambiguous,
	amount_decimals: m.problem_amount_decimals,
	text_invalid_characters: m.input_invalid_characters
};

/**
 * The problems of a rejected form in the words people read: a field's own message (what to
 * enter) for invalid fields, the domain error's message for the form as a whole.
 */
export function formProblems(
	form: Failure,
	fieldMessages: Record<string, () => string>,
	/** For forms with many fields: a message per kind of problem (beyond `problemMessages`), and a label per field. */
	generic?: { byCode?: Record<string, () => string>; labelOf: (field: string) => string }
) {
	const details = (form?.details ?? {}) as Record<string, unknown>;
	const problems = Object.entries(form?.errors ?? {}).map(([field, code]) => {
		// a field's own message says what to enter; characters that cannot be stored are another matter
		const own = code === 'text_invalid_characters' ? undefined : fieldMessages[field]?.();
		const byCode = generic ? (generic.byCode?.[code] ?? problemMessages[code])?.() : undefined;
		return {
			field,
			message: own ?? byCode ?? errorMessage(code, details),
			summary: own ?? (byCode && generic ? `${generic.labelOf(field)}: ${byCode}` : errorMessage(code, details))
		};
	});
	return {
		problems,
		errorOf: (field: string) => problems.find((problem) => problem.field === field)?.message
	};
}
