import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	project_predecessor_invalid: () => m.error_project_predecessor_invalid()
};
