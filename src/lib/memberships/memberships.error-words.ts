import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	membership_exists: () => m.error_membership_exists(),
	membership_not_found: () => m.error_membership_not_found()
};
