import { errorMessage } from './error-messages.ts';

type Failure = { errors?: Record<string, string>; details?: unknown } | null | undefined;

/**
 * The problems of a rejected form in the words people read: a field's own message (what to
 * enter) for invalid fields, the domain error's message for the form as a whole.
 */
export function formProblems(form: Failure, fieldMessages: Record<string, () => string>) {
	const details = (form?.details ?? {}) as Record<string, unknown>;
	const problems = Object.entries(form?.errors ?? {}).map(([field, code]) => ({
		field,
		message: fieldMessages[field]?.() ?? errorMessage(code, details)
	}));
	return {
		problems,
		errorOf: (field: string) => problems.find((problem) => problem.field === field)?.message
	};
}
