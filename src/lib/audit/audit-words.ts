/** Words that read the same whatever they are asked: a Paraglide message in the reader's language. */
export type Say = () => string;

/** How the audit log speaks of one kind of record: its name, the names of its fields, and the words for coded values. */
export type AuditEntityWords = {
	label: Say;
	/** Every field the log records of this kind, named as it reads inside a sentence (lowercase). */
	fields: Record<string, Say>;
	/** Words for the coded values of a field (a role, a status), by field; a value without words shows as it is. */
	values?: Record<string, (value: string) => string | undefined>;
};

/**
 * What a module gives the audit log in `src/lib/<module>/<module>.audit-words.ts` (client-safe:
 * the back office renders it): words for each action it records (`space.update` → "Sprememba
 * profila"; a noun phrase, so it reads right whoever acted) and for each kind of record it writes.
 */
export type AuditWords = {
	actions?: Record<string, Say>;
	entities?: Record<string, AuditEntityWords>;
};
