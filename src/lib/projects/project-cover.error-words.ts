import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	project_cover_missing: () => m.project_report_error_cover_missing(),
	project_cover_too_large: () => m.project_report_error_cover_too_large(),
	project_cover_type: () => m.project_report_error_cover_type(),
	project_cover_not_found: () => m.project_report_error_cover_not_found()
};
