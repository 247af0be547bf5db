import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	job_kind_unknown: (details) => m.error_job_kind_unknown({ kind: textOf(details.kind) })
};
