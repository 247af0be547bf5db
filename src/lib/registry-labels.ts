import { m } from './paraglide/messages.js';
import type { LegalForm } from './reference/legal-forms.ts';

const legalFormLabels: Record<LegalForm, () => string> = {
	association: m.legal_form_association,
	federation: m.legal_form_federation,
	private_institute: m.legal_form_private_institute,
	foundation: m.legal_form_foundation,
	cooperative: m.legal_form_cooperative,
	other_ngo: m.legal_form_other_ngo,
	public_body: m.legal_form_public_body,
	municipality: m.legal_form_municipality,
	company: m.legal_form_company,
	international: m.legal_form_international
};

export const legalFormLabel = (form: string) => legalFormLabels[form as LegalForm]?.() ?? form;

const membershipStatusLabels: Record<string, () => string> = {
	applicant: m.membership_status_applicant,
	member: m.membership_status_member,
	former: m.membership_status_former
};

export const membershipStatusLabel = (status: string) => membershipStatusLabels[status]?.() ?? status;

/** What people read for a problem the registry's validation names (forms, import rows, API). */
const problems: Record<string, () => string> = {
	registration_number_format: m.problem_registration_number_format,
	tax_number_format: m.problem_tax_number_format,
	tax_number_check_digit: m.problem_tax_number_check_digit,
	municipality_unknown: m.problem_municipality_unknown,
	postal_code_format: m.problem_postal_code_format,
	field_unknown: m.problem_field_unknown,
	field_code_format: m.problem_field_code_format,
	registration_number_taken: m.problem_registration_number_taken,
	organisation_not_found: m.error_organisation_not_found
};

export function registryProblem(code: string): string | undefined {
	return problems[code]?.();
}
