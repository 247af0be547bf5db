import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

/** What people read for the errors of newsletters (newsletters.errors.ts). */
export const errorWords: ErrorWords = {
	newsletter_list_not_found: () => m.newsletters_error_list_not_found(),
	newsletter_list_not_public: () => m.newsletters_error_list_not_public(),
	newsletter_campaign_not_found: () => m.newsletters_error_campaign_not_found(),
	newsletter_campaign_not_draft: () => m.newsletters_error_campaign_not_draft(),
	newsletter_signup_refused: () => m.newsletters_error_signup_refused(),
	newsletter_signup_rate_limited: (details) => m.newsletters_error_signup_rate_limited({ retryAfterMinutes: textOf(details.retryAfterMinutes) }),
	newsletter_confirm_link_invalid: () => m.newsletters_error_confirm_link_invalid(),
	newsletter_confirm_link_expired: () => m.newsletters_error_confirm_link_expired(),
	newsletter_unsubscribe_link_invalid: () => m.newsletters_error_unsubscribe_link_invalid(),
	newsletter_no_staff_address: () => m.newsletters_error_no_staff_address(),
	newsletter_region_required: () => m.newsletters_error_region_required(),
	newsletter_field_required: () => m.newsletters_error_field_required()
};
