import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	activity_export_period_invalid: () => m.exports_error_period_invalid()
};
