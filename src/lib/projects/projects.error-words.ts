import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	project_slug_taken: (details) => m.error_project_slug_taken({ slug: textOf(details.slug) })
};
