import { m } from '../paraglide/messages.js';
import type { ErrorWords } from './error-words.ts';

/** Errors of the request itself, whichever module it reaches. */
export const errorWords: ErrorWords = {
	invalid_json: () => m.error_invalid_json(),
	unsupported_media_type: () => m.error_unsupported_media_type(),
	// a text with control characters, in any form
	text_invalid_characters: () => m.input_invalid_characters()
};
