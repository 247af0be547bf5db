import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	project_period_unknown: () => m.error_project_period_unknown(),
	iati_no_dated_project: () => m.error_iati_no_dated_project()
};
