import { error, fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getEvaluationForm, submitEvaluation } from '#lib/server/activities/evaluation/evaluation.usecases.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';

/** A link that names nothing (any more) gets the page with the reason, in the reader's words. */
function linkProblem(cause: unknown): never {
	if (isAppError(cause)) error(httpStatusOf(cause), cause.code);
	throw cause;
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// the address is the person's key: no caches, no referrer to other sites (same-origin, not no-referrer: Chromium then sends `Origin: null` with the form, which the CSRF check refuses)
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	const { db } = await getApp();
	const evaluation = await getEvaluationForm({ db, token: params.token }).catch(linkProblem);
	return { evaluation, token: params.token };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const data = await request.formData();
		const values = formValues(data);
		const { db } = await getApp();
		try {
			const { anonymous } = await submitEvaluation({ db, token: params.token, input: values });
			return { sent: true, anonymous };
		} catch (cause) {
			if (cause instanceof ZodError) {
				const errors: Record<string, string> = {};
				// the answers' schema names each problem (`evaluation_answer_required` …)
				for (const issue of cause.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
				return fail(400, { values, errors });
			}
			if (isAppError(cause)) return fail(httpStatusOf(cause), { values, errors: { form: cause.code } });
			throw cause;
		}
	}
};
