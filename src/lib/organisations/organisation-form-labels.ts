import { m } from '../paraglide/messages.js';

/** What each kind of validation problem in the organisation editor asks people to do. */
export const organisationProblemMessages: Record<string, () => string> = {
	invalid_too_small: m.problem_required,
	invalid_too_big: m.problem_too_long,
	invalid_invalid_format: m.problem_format,
	invalid_invalid_value: m.problem_choose,
	invalid_invalid_type: m.problem_required,
	text_invalid_characters: m.input_invalid_characters,
	logo_missing: m.logo_error_missing,
	logo_too_large: m.logo_error_too_large,
	logo_type: m.logo_error_type,
	logo_not_found: m.logo_error_not_found
};

const labels: Record<string, () => string> = {
	name: m.orgedit_name,
	shortName: m.orgedit_short_name,
	aliases: m.orgedit_aliases,
	legalForm: m.orgedit_legal_form,
	registrationNumber: m.orgedit_registration_number,
	taxNumber: m.orgedit_tax_number,
	street: m.orgedit_street,
	postalCode: m.orgedit_postal_code,
	city: m.orgedit_city,
	municipalityCode: m.orgedit_municipality,
	email: m.orgedit_email,
	website: m.orgedit_website,
	fields: m.orgedit_section_fields,
	publicInterest: m.orgedit_public_interest,
	publicInterestDate: m.orgedit_decision_date,
	logo: m.logo_heading
};

/** A field's name for the error summary, with the field of work it belongs to where there is one. */
export function organisationFieldLabel(field: string, fieldName: (code: string) => string): string {
	const [head = '', detail] = field.split('.');
	const label = labels[head]?.() ?? head;
	if (detail === undefined) return label;
	return head === 'aliases' ? `${label} ${Number(detail) + 1}` : `${label} (${fieldName(detail)})`;
}
