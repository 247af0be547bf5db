import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	organisation_not_found: () => m.error_organisation_not_found(),
	// what the registry's validation names (forms, import rows, API)
	registration_number_format: () => m.problem_registration_number_format(),
	registration_number_taken: () => m.problem_registration_number_taken(),
	tax_number_format: () => m.problem_tax_number_format(),
	tax_number_check_digit: () => m.problem_tax_number_check_digit(),
	municipality_unknown: () => m.problem_municipality_unknown(),
	postal_code_format: () => m.problem_postal_code_format(),
	field_unknown: () => m.problem_field_unknown(),
	field_code_format: () => m.problem_field_code_format(),
	// merging duplicate organisations
	dup_same_organisation: () => m.dup_same_organisation(),
	dup_registration_numbers_differ: () => m.dup_registration_numbers_differ(),
	// exports of the directory past their limits
	export_busy: () => m.error_export_busy(),
	export_rate_limited: (details) => m.error_export_rate_limited({ minutes: String(details.retryAfterMinutes ?? 10) }),
	// an organisation's logo
	logo_missing: () => m.logo_error_missing(),
	logo_too_large: () => m.logo_error_too_large(),
	logo_type: () => m.logo_error_type(),
	logo_not_found: () => m.logo_error_not_found()
};
