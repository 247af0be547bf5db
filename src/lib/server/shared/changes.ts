import type { z } from 'zod';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A record with the changes of a PATCH on top: only the fields sent change, `null` clears a field
 * (a required one then fails the record's own validation), and the changes schema's defaults (empty
 * lists) never overwrite fields that were left out.
 */
export function withChanges(current: Record<string, unknown>, changes: unknown, changesSchema: z.ZodType): Record<string, unknown> {
	if (!isRecord(changes)) return { ...current, ...(changesSchema.parse(changes) as object) };
	const parsed = changesSchema.parse(Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value ?? undefined]))) as Record<string, unknown>;
	const merged = { ...current };
	for (const key of Object.keys(changes)) {
		if (changes[key] === null) delete merged[key];
		else merged[key] = parsed[key];
	}
	return merged;
}
