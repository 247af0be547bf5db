import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	space_not_found: () => m.error_not_found_title(),
	space_slug_taken: (details) => m.error_space_slug_taken({ slug: textOf(details.slug) }),
	space_slug_reserved: (details) => m.error_space_slug_reserved({ slug: textOf(details.slug) }),
	space_archived: () => m.error_space_archived(),
	space_read_only: () => m.error_space_read_only()
};
