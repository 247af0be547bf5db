import { m } from '../paraglide/messages.js';
import { formatDate, formatDateTime, formatNumber } from '../shared/format.ts';
import type { Locale } from '../shared/locale.ts';
import { auditVocabulary, type AuditVocabulary } from './audit-vocabulary.ts';
import type { AuditEntityWords } from './audit-words.ts';

/** What the audit log shows of an entry: the raw parts it is made from. */
export type RecordedChange = { action: string; entity: { type: string }; before: unknown; after: unknown; changedFields: string[] };

/** One changed field as people read it: its name and its value before and after (absent when the record was made or deleted). */
export type ShownChange = { field: string; label: string; before?: string; after?: string };

export type ShownEntry = {
	/** "Sprememba profila: poslanstvo, vizija" */
	summary: string;
	/** The kind of record, in words ("Profil prostora"). */
	kind: string;
	/** Which record, when its snapshot names it (a name, an e-mail address, a title). */
	subject?: string;
	changes: ShownChange[];
};

type Snapshot = Record<string, unknown>;

const isSnapshot = (value: unknown): value is Snapshot => typeof value === 'object' && value !== null && !Array.isArray(value);
const isErased = (value: unknown) => isSnapshot(value) && value.erased === true && Object.keys(value).length === 1;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const identifier = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdentifier = (value: unknown) => typeof value === 'string' && identifier.test(value);
const isNothing = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** "Poslanstvo" for a list of details; the words themselves are written to sit inside a sentence. */
export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The words of one kind of record, if a module gave them. */
const wordsOf = (vocabulary: AuditVocabulary, kind: string): AuditEntityWords | undefined => vocabulary.entities[kind];

export function actionLabel(action: string, vocabulary: AuditVocabulary = auditVocabulary): string {
	return vocabulary.actions[action]?.() ?? action;
}

export function entityLabel(kind: string, vocabulary: AuditVocabulary = auditVocabulary): string {
	return vocabulary.entities[kind]?.label() ?? kind;
}

/** Kinds of record as options of a filter, named in words, in the reader's alphabetical order. */
export function entityOptions(kinds: string[], locale: Locale, vocabulary: AuditVocabulary = auditVocabulary): { value: string; label: string }[] {
	return [...new Set(kinds)].map((value) => ({ value, label: entityLabel(value, vocabulary) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** A value as a person reads it: dates and numbers for the locale, yes or no, both languages of a text, coded values in words. */
export function valueText(value: unknown, context: { locale: Locale; words?: AuditEntityWords; field?: string }): string {
	const { locale, words, field } = context;
	if (value === null || value === undefined || value === '') return '—';
	if (typeof value === 'boolean') return value ? m.audit_value_yes() : m.audit_value_no();
	if (typeof value === 'number') return formatNumber(value, locale);
	if (typeof value === 'string') {
		const worded = field ? words?.values?.[field]?.(value) : undefined;
		if (worded) return worded;
		if (isoDate.test(value)) return formatDate(value, locale);
		if (isoMoment.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value, locale);
		return value;
	}
	if (Array.isArray(value)) {
		if (value.length === 0) return '—';
		const items = value.map((item) => valueText(item, { locale, words, field }));
		return items.some((item) => item.includes('\n')) || value.some(isSnapshot) ? items.join('\n') : items.join(', ');
	}
	if (isSnapshot(value)) return snapshotText(value, { locale, words });
	return String(value);
}

/** A text in two languages reads as each language on its line; any other object as its fields, each named when the kind has words for it. */
function snapshotText(value: Snapshot, { locale, words }: { locale: Locale; words?: AuditEntityWords }): string {
	// a nested record lists what it holds; its empty fields and identifiers would only be noise
	const keys = Object.keys(value).filter((key) => !isNothing(value[key]) && !isIdentifier(value[key]));
	if (keys.length > 0 && keys.every((key) => key === 'sl' || key === 'en')) {
		if (keys.length === 1) return String(value[keys[0]!]);
		return `${capitalised(m.audit_language_sl())}: ${String(value.sl)}\n${capitalised(m.audit_language_en())}: ${String(value.en)}`;
	}
	return keys
		.map((key) => {
			const text = valueText(value[key], { locale, words, field: key });
			const label = words?.fields[key]?.();
			return label ? `${capitalised(label)}: ${text}` : text;
		})
		.join('\n');
}

/** Which record an entry is about, when its snapshot names it. */
function subjectOf(before: unknown, after: unknown, locale: Locale): string | undefined {
	for (const snapshot of [after, before]) {
		if (!isSnapshot(snapshot)) continue;
		for (const key of ['name', 'title', 'email', 'fileName']) {
			const value = snapshot[key];
			if (typeof value === 'string' && value) return value;
			if (isSnapshot(value) && typeof value.sl === 'string') return String(value[locale] ?? value.sl);
		}
	}
	return undefined;
}

/**
 * An entry in words: "Sprememba profila: poslanstvo, vizija", and each changed field before and
 * after. Only fields the kind has words for are shown: a field a module records without naming it
 * stays out of sight rather than showing a developer's name for it.
 */
export function presentRecordedChange(entry: RecordedChange, locale: Locale, vocabulary: AuditVocabulary = auditVocabulary): ShownEntry {
	const words = wordsOf(vocabulary, entry.entity.type);
	const kind = entityLabel(entry.entity.type, vocabulary);
	const action = actionLabel(entry.action, vocabulary);
	// a person's data erased on request (GDPR) leave only who did what when
	if (isErased(entry.before) && isErased(entry.after)) return { summary: action, kind, changes: [] };
	const before = isSnapshot(entry.before) ? entry.before : undefined;
	const after = isSnapshot(entry.after) ? entry.after : undefined;
	const labelled = entry.changedFields.flatMap((field) => {
		const label = words?.fields[field]?.();
		const values = [before?.[field], after?.[field]];
		// an identifier says nothing to people (the entry names its record), and a record made or
		// deleted is described by what it holds, not by its empty fields
		if (!label || values.some(isIdentifier) || values.every(isNothing)) return [];
		return [{ field, label }];
	});
	const shown = (snapshot: Snapshot | undefined, field: string) => (snapshot ? valueText(snapshot[field], { locale, words, field }) : undefined);
	const changes: ShownChange[] = labelled.map(({ field, label }) => ({
		field,
		label: capitalised(label),
		before: shown(before, field),
		after: shown(after, field)
	}));
	// a change names what changed; a record made or deleted is named by the record itself
	const summary = before && after && labelled.length > 0 ? `${action}: ${labelled.map(({ label }) => label).join(', ')}` : action;
	return { summary, kind, subject: subjectOf(entry.before, entry.after, locale), changes };
}
