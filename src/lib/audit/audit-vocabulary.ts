import type { AuditEntityWords, AuditWords, Say } from './audit-words.ts';

// every module's audit words; server folders never hold any (they would reach the browser)
const wordFiles = import.meta.glob<AuditWords>(['../**/*.audit-words.ts', '!../server/**'], { eager: true, import: 'auditWords' });

export type AuditVocabulary = { actions: Record<string, Say>; entities: Record<string, AuditEntityWords> };

/** The words of every module in one vocabulary, refusing an action or kind two modules both word (one would hide the other). */
export function collectAuditWords(files: Record<string, AuditWords>): AuditVocabulary {
	const vocabulary: AuditVocabulary = { actions: {}, entities: {} };
	const wordedIn: Record<string, string> = {};
	for (const [file, words] of Object.entries(files)) {
		for (const part of ['actions', 'entities'] as const) {
			for (const [name, say] of Object.entries(words[part] ?? {})) {
				const key = `${part}:${name}`;
				if (wordedIn[key]) throw new Error(`The audit ${part} ${name} has words in both ${wordedIn[key]} and ${file}.`);
				wordedIn[key] = file;
				(vocabulary[part] as Record<string, unknown>)[name] = say;
			}
		}
	}
	return vocabulary;
}

export const auditVocabulary = collectAuditWords(wordFiles);
