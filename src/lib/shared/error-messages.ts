import { m } from '../paraglide/messages.js';
import type { ErrorWords } from './error-words.ts';

// every module's words for its errors; server folders never hold any (they would reach the browser)
const wordFiles = import.meta.glob<ErrorWords>(['../**/*.error-words.ts', '!../server/**'], { eager: true, import: 'errorWords' });

/** The words of every error code, refusing a code two modules both word (one would hide the other). */
function collectWords(files: Record<string, ErrorWords>): ErrorWords {
	const byCode: ErrorWords = {};
	const wordedIn: Record<string, string> = {};
	for (const [file, words] of Object.entries(files)) {
		for (const [code, say] of Object.entries(words)) {
			if (wordedIn[code]) throw new Error(`The error code ${code} has words in both ${wordedIn[code]} and ${file}.`);
			wordedIn[code] = file;
			byCode[code] = say;
		}
	}
	return byCode;
}

const byCode = collectWords(wordFiles);

/** Whether a module gave the code words of its own (otherwise people read a general message). */
export const hasErrorWords = (code: string) => code in byCode;

export function errorMessage(code: string, details: Record<string, unknown> = {}): string {
	return byCode[code]?.(details) ?? m.error_generic_body();
}
