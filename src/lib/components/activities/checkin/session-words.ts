import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/shared/locale.ts';

const intlLocale: Record<Locale, string> = { sl: 'sl-SI', en: 'en-GB' };
const zone = 'Europe/Ljubljana';

/** A day as people write it (`3. 3. 2031`, `3/3/2031`), in Ljubljana's time. */
export const dayOf = (moment: Date | string, locale: Locale) =>
	new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: zone }).format(new Date(moment));

/** A time of day (`9:05`), in Ljubljana's time. */
export const timeOf = (moment: Date | string, locale: Locale) =>
	new Intl.DateTimeFormat(intlLocale[locale], { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(moment));

/** A session as `3. 3. 2031, 9:00–12:00`. */
export const sessionLabel = (session: { startsAt: Date | string; endsAt: Date | string }, locale: Locale) =>
	m.checkin_session_option({ date: dayOf(session.startsAt, locale), start: timeOf(session.startsAt, locale), end: timeOf(session.endsAt, locale) });

/** Letters without their marks and in lower case, so `šola` is found by `sola` (as the server's search does). */
export const foldForSearch = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a person of the list matches every word typed: in the name, the organisation or the code. */
export function matchesSearch(entry: { name: string; organisation: string | null; code: string }, typed: string): boolean {
	const words = foldForSearch(typed).split(/\s+/).filter(Boolean);
	const haystack = foldForSearch(`${entry.name} ${entry.organisation ?? ''} ${entry.code}`);
	return words.every((word) => haystack.includes(word));
}
