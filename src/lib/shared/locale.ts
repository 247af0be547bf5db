import type { LocalizedText } from '../server/shared/localized.ts';

export type Locale = 'sl' | 'en';

/** Text in the page's language, or the Slovenian original marked with its language. */
export function localized(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
	if (locale === 'en' && text.en) return { text: text.en, lang: 'en' };
	return { text: text.sl, lang: 'sl' };
}
