import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	checkin_code_unknown: () => m.checkin_error_code_unknown(),
	checkin_registration_not_found: () => m.checkin_error_registration_not_found(),
	checkin_registration_cancelled: () => m.checkin_error_registration_cancelled(),
	checkin_session_unknown: () => m.checkin_error_session_unknown(),
	checkin_not_ended: () => m.checkin_error_not_ended(),
	checkin_status_change: () => m.checkin_error_status_change(),
	checkin_code_format: () => m.checkin_error_code_format(),
	checkin_code_or_registration: () => m.checkin_error_code_or_registration(),
	checkin_walk_in_name_required: () => m.checkin_error_walk_in_name_required(),
	checkin_walk_in_name_too_long: () => m.checkin_error_walk_in_name_too_long(),
	checkin_walk_in_email_format: () => m.checkin_error_walk_in_email_format()
};
