import { builtInTypeLabel } from '../../activities/activity-type-labels.ts';
import type { LocalizedText } from '../shared/localized.ts';

/** A built-in type's name in both languages, as the API gives a space's own types. */
export function builtInTypeName(code: string): LocalizedText {
	return { sl: builtInTypeLabel(code, 'sl') ?? code, en: builtInTypeLabel(code, 'en') ?? code };
}
