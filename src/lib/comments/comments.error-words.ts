import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	comment_subject_not_found: () => m.comments_error_subject_not_found(),
	comment_subject_invalid: () => m.comments_error_subject_invalid(),
	comments_closed: () => m.comments_error_closed(),
	comment_not_found: () => m.comments_error_not_found(),
	comment_rate_limited: (details) => m.comments_error_rate_limited({ minutes: String(details.retryAfterMinutes ?? 60) }),
	comment_none_chosen: () => m.comments_error_none_chosen()
};
