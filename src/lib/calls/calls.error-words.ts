import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

/** What people read for the errors of funding calls (calls.errors.ts). */
export const errorWords: ErrorWords = {
	call_not_found: () => m.calls_error_not_found(),
	call_funder_unknown: () => m.calls_error_funder_unknown(),
	call_field_unknown: (details) => m.calls_error_field_unknown({ codes: Array.isArray(details.codes) ? details.codes.join(', ') : textOf(details.codes) }),
	call_application_not_found: () => m.calls_error_application_not_found(),
	call_application_organisation_unknown: () => m.calls_error_application_organisation_unknown(),
	call_space_needed: () => m.calls_error_space_needed(),
	call_import_has_problems: (details) => m.calls_error_import_has_problems({ count: textOf(details.count) })
};
