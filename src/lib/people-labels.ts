import { m } from './paraglide/messages.js';

const purposeLabels: Record<string, () => string> = {
	newsletter: m.people_purpose_newsletter,
	data_processing: m.people_purpose_data_processing
};

export const consentPurposeLabel = (purpose: string) => purposeLabels[purpose]?.() ?? purpose;

/** An erased person's stored name is a placeholder; people read it in their own language. */
export const personName = (person: { name: string; erased: boolean }) => (person.erased ? m.people_erased_name() : person.name);

/** What people read for a problem the people module names (forms and API). */
const problems: Record<string, () => string> = {
	person_not_found: m.people_error_not_found,
	person_erased: m.people_error_erased,
	affiliation_not_found: m.people_error_affiliation_not_found,
	affiliation_until_before_since: m.people_field_until_before_since,
	organisation_not_matched: m.people_error_organisation_not_matched,
	organisation_ambiguous: m.people_error_organisation_ambiguous
};

export function peopleProblem(code: string): string | undefined {
	return problems[code]?.();
}
