import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	forbidden: () => m.error_forbidden(),
	unauthenticated: () => m.error_unauthenticated()
};
