import { m } from './paraglide/messages.js';

/** What people read for an error code of the domain; codes not listed get a general message. */
const byCode: Record<string, (details: Record<string, unknown>) => string> = {
	invalid_credentials: () => m.error_invalid_credentials(),
	sign_in_rate_limited: (details) => m.error_sign_in_rate_limited({ minutes: String(details.retryAfterMinutes ?? 15) }),
	email_taken: () => m.error_email_taken(),
	setup_link_invalid: () => m.error_setup_link_invalid(),
	setup_already_done: () => m.error_setup_already_done(),
	wrong_current_password: () => m.error_wrong_current_password(),
	reset_link_invalid: () => m.error_reset_link_invalid(),
	forbidden: () => m.error_forbidden(),
	unauthenticated: () => m.error_unauthenticated(),
	space_not_found: () => m.error_not_found_title(),
	token_not_found: () => m.error_not_found_title()
};

export function errorMessage(code: string, details: Record<string, unknown> = {}): string {
	return byCode[code]?.(details) ?? m.error_generic_body();
}
