import { errorMessage } from './error-messages.ts';

type Failure = { errors?: Record<string, string>; details?: unknown } | null | undefined;

/**
 * The problems of a rejected form in the words people read: a field's own message (what to
 * enter) for invalid fields, the domain error's message for the form as a whole.
 */
export function formProblems(
	form: Failure,
	fieldMessages: Record<string, () => string>,
	/** For forms with many fields: a message per kind of problem, and a label per field. */
	generic?: { byCode: Record<string, () => string>; labelOf: (field: string) => string }
) {
	const details = (form?.details ?? {}) as Record<string, unknown>;
	const problems = Object.entries(form?.errors ?? {}).map(([field, code]) => {
		// a field's own message says what to enter; characters that cannot be stored are another matter
		const own = code === 'text_invalid_characters' ? undefined : fieldMessages[field]?.();
		const byCode = generic?.byCode[code]?.();
		return {
			field,
			message: own ?? (byCode && generic ? byCode : errorMessage(code, details)),
			summary: own ?? (byCode && generic ? `${generic.labelOf(field)}: ${byCode}` : errorMessage(code, details))
		};
	});
	return {
		problems,
		errorOf: (field: string) => problems.find((problem) => problem.field === field)?.message
	};
}
