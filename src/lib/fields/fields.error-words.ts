import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	field_not_found: (details) => m.error_field_not_found({ code: textOf(details.code) }),
	field_code_taken: (details) => m.error_field_code_taken({ code: textOf(details.code) }),
	field_in_use: (details) => m.error_field_in_use({ code: textOf(details.code) })
};
