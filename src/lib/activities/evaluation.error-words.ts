import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	evaluation_link_invalid: () => m.evaluation_error_link_invalid(),
	evaluation_not_sent: () => m.evaluation_error_not_sent(),
	evaluation_already_answered: () => m.evaluation_error_already_answered(),
	evaluation_already_sent: () => m.evaluation_error_already_sent(),
	evaluation_too_early: () => m.evaluation_error_too_early(),
	evaluation_nobody_attended: () => m.evaluation_error_nobody_attended(),
	certificate_link_invalid: () => m.certificate_error_link_invalid(),
	certificate_not_found: () => m.certificate_error_not_found(),
	certificates_not_offered: () => m.certificate_error_not_offered(),
	certificates_too_early: () => m.certificate_error_too_early()
};
