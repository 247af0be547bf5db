import { m } from '../paraglide/messages.js';
import { formProblems } from '../shared/form-problems.ts';

/** What to enter in each field of the new-space and settings forms, shown beside a field that was wrong. */
const spaceFieldMessages: Record<string, () => string> = {
	'name.sl': m.spaces_error_name,
	'name.en': m.spaces_error_name,
	slug: m.spaces_error_slug,
	kind: m.spaces_error_kind,
	regionCode: m.spaces_error_region,
	'firstAdmin.email': m.field_email_invalid,
	'firstAdmin.locale': m.team_field_locale_required
};

/** Refusals of the whole form that are about the address. */
const slugRefusals = ['space_slug_taken', 'space_slug_reserved'];

type Failure = Parameters<typeof formProblems>[0];

/** The problems of a rejected space form, each beside its field: a taken address beside the address. */
export function spaceFormProblems(form: Failure) {
	const aboutSlug = slugRefusals.includes(form?.errors?.form ?? '');
	// in the order of the form's fields, the whole form's problem first
	const order = (field: string) => Object.keys(spaceFieldMessages).indexOf(field);
	const problems = formProblems(form, spaceFieldMessages)
		.problems.map((problem) => (problem.field === 'form' && aboutSlug ? { ...problem, field: 'slug' } : problem))
		.sort((a, b) => order(a.field) - order(b.field));
	return { problems, errorOf: (field: string) => problems.find((problem) => problem.field === field)?.message };
}
