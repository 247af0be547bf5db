import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { formatDate } from '../shared/format.ts';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	invalid_token: () => m.error_invalid_token(),
	token_expired: (details) =>
		m.error_token_expired({ date: typeof details.expiresOn === 'string' ? formatDate(details.expiresOn, getLocale()) : textOf(details.expiresOn) }),
	token_scope_missing: () => m.error_token_scope_missing(),
	token_not_found: () => m.error_not_found_title()
};
