import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	project_not_found: () => m.error_project_not_found(),
	project_organisation_exists: () => m.error_project_organisation_exists(),
	project_organisation_not_found: () => m.error_project_organisation_not_found()
};
