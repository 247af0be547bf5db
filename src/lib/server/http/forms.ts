import { getRequestEvent } from '$app/server';
import { fail } from '@sveltejs/kit';
import { ZodError, type core } from 'zod';
import { httpStatusOf, isAppError } from '../shared/errors.ts';
import { retryAfterSecondsOf } from './api-responses.ts';

/** What a rejected form sends back: the values as typed (never passwords) and an error per field. */
export type FormFailure = {
	values: Record<string, string>;
	/** Message keys by field name; `form` is for errors of the whole form. */
	errors: Record<string, string>;
};

/** The submitted text fields, minus the ones never to be echoed back (passwords, tokens). */
export function formValues(data: FormData, omit: string[] = []): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of data) {
		if (typeof value === 'string' && !omit.includes(name) && !/password/i.test(name)) values[name] = value;
	}
	return values;
}

/** The version of a record a form was loaded with (its hidden `updatedAt`), for the use case to refuse a stale one. */
export function expectedVersionOfForm(data: FormData | Record<string, string>): { expectedUpdatedAt?: string } {
	const value = data instanceof FormData ? data.get('updatedAt') : data.updatedAt;
	return typeof value === 'string' && value ? { expectedUpdatedAt: value } : {};
}

/** A zod issue's message key: refinements name their problem in snake case (e.g. `tax_number_check_digit`), the rest go by kind. */
export function problemOfIssue(issue: core.$ZodIssue): string {
	const named = issue.code === 'custom' && /^[a-z][a-z0-9_]*$/.test(issue.message);
	return named ? issue.message : `invalid_${issue.code}`;
}

/**
 * Turns a validation or domain error into a 400 (or the error's own status) with a message key
 * per field: the field of the first zod issue on it, or `form` for a domain error. Other errors
 * are not the user's and propagate.
 */
export function failForm(error: unknown, values: Record<string, string>) {
	if (error instanceof ZodError) {
		const errors: Record<string, string> = {};
		for (const issue of error.issues) {
			const field = issue.path.map(String).join('.') || 'form';
			errors[field] ??= problemOfIssue(issue);
		}
		return fail(400, { values, errors } satisfies FormFailure);
	}
	if (isAppError(error)) {
		// the form comes back with the person's input and the version that is now current, so that
		// saving again (having seen what changed) is a decision, not another refusal
		if (error.code === 'changed_meanwhile') values = { ...values, updatedAt: String(error.details?.currentUpdatedAt ?? '') };
		if (error.kind === 'rate_limited') getRequestEvent().setHeaders({ 'retry-after': String(retryAfterSecondsOf(error.details)) });
		return fail(httpStatusOf(error), { values, errors: { form: error.code }, details: error.details } satisfies FormFailure & {
			details: unknown;
		});
	}
	throw error;
}
