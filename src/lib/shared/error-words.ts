/**
 * What people read for each error code a module raises, from the error's details. A module keeps
 * its words in `src/lib/<module>/<module>.error-words.ts` (client-safe, beside its other labels);
 * `errorMessage` finds every such file, so a new module adds its errors without a central edit.
 */
export type ErrorWords = Record<string, (details: Record<string, unknown>) => string>;

/** A detail as text for a message (an e-mail address, a slug, a file name). */
export const textOf = (value: unknown) => (value === undefined || value === null ? '' : String(value));
