import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

const names = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value.join(', ') : m.changed_meanwhile_someone());

/** Errors of editing a record somebody else changed meanwhile (any module's). */
export const errorWords: ErrorWords = {
	changed_meanwhile: (details) => m.error_changed_meanwhile({ who: names(details.changedBy) })
};
