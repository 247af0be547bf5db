import { m } from '../paraglide/messages.js';

/** The organisation editor's own problems, beyond the kinds every form shares (`problemMessages`). */
export const organisationProblemMessages: Record<string, () => string> = {
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
	fields: m.orgedit_fields,
	publicInterest: m.orgedit_public_interest,
	logo: m.logo_heading
};

const rowParts: Record<string, () => string> = { field: m.orgedit_public_interest_field, decidedOn: m.orgedit_decision_date };

/** A field's name for the error summary, e.g. "Druga imena 2" or "Status v javnem interesu 1 – Datum odločbe". */
export function organisationFieldLabel(field: string): string {
	const [head = '', row, part] = field.split('.');
	const label = labels[head]?.() ?? head;
	if (row === undefined) return label;
	const detail = part && rowParts[part] ? ` – ${rowParts[part]()}` : '';
	return `${label} ${Number(row) + 1}${detail}`;
}
