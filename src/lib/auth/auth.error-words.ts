import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

/** How long a limit still holds, in words ("3 minute"). */
export const waitOf = (details: Record<string, unknown>) => m.sign_in_limit_minutes({ minutes: Number(details.retryAfterMinutes ?? 15) });

export const errorWords: ErrorWords = {
	invalid_credentials: () => m.error_invalid_credentials(),
	sign_in_rate_limited: (details) => m.sign_in_limit_wait({ wait: waitOf(details) }),
	sign_in_account_locked: (details) => m.sign_in_limit_account_locked({ wait: waitOf(details) }),
	password_reset_rate_limited: (details) => m.sign_in_limit_reset_wait({ wait: waitOf(details) }),
	unlock_link_invalid: () => m.sign_in_limit_unlock_invalid(),
	email_taken: () => m.error_email_taken(),
	setup_link_invalid: () => m.error_setup_link_invalid(),
	setup_already_done: () => m.error_setup_already_done(),
	wrong_current_password: () => m.error_wrong_current_password(),
	reset_link_invalid: () => m.error_reset_link_invalid(),
	user_not_found: (details) => m.error_user_not_found({ email: textOf(details.email) })
};
