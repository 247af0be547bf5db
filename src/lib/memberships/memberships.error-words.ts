import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	membership_exists: () => m.error_membership_exists(),
	membership_not_found: () => m.error_membership_not_found(),
	membership_application_member: () => m.error_membership_application_member(),
	membership_application_pending: () => m.error_membership_application_pending(),
	membership_not_applicant: () => m.error_membership_not_applicant(),
	membership_application_rate_limited: (details) => m.error_membership_application_rate_limited({ minutes: textOf(details.retryAfterMinutes) })
};
