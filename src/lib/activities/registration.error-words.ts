import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	registration_closed: () => m.registration_error_closed(),
	registration_activity_cancelled: () => m.registration_error_activity_cancelled(),
	registration_answer_missing: () => m.registration_error_answer_missing(),
	registration_answer_invalid: () => m.registration_error_answer_invalid(),
	registration_rate_limited: (details) => m.registration_error_rate_limited({ minutes: String(details.retryAfterMinutes ?? 60) }),
	registration_refused: () => m.registration_error_refused(),
	registration_link_invalid: () => m.registration_error_link_invalid(),
	registration_not_offered: () => m.registration_error_not_offered(),
	registration_offer_lapsed: () => m.registration_error_offer_lapsed(),
	registration_not_cancellable: () => m.registration_error_not_cancellable(),
	registration_organisation_not_allowed: () => m.registration_error_organisation_not_allowed()
};
