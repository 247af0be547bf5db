import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	person_not_found: () => m.people_error_not_found(),
	person_erased: () => m.people_error_erased(),
	affiliation_not_found: () => m.people_error_affiliation_not_found(),
	affiliation_until_before_since: () => m.people_field_until_before_since(),
	organisation_not_matched: () => m.people_error_organisation_not_matched(),
	organisation_ambiguous: () => m.people_error_organisation_ambiguous()
};
