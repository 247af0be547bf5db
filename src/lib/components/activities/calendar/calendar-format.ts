import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../../shared/locale.ts';
import { localized } from '../../../shared/locale.ts';
import type { LocalizedText } from '../../../server/shared/localized.ts';

const zone = 'Europe/Ljubljana';
const intlLocale = { sl: 'sl-SI', en: 'en-GB' } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (key: string, make: () => Intl.DateTimeFormat) => {
	let found = formatters.get(key);
	if (!found) formatters.set(key, (found = make()));
	return found;
};

/** `torek, 3. marec 2031` / `Tuesday, 3 March 2031`, in Ljubljana. */
export function longDate(moment: string | Date, locale: Locale): string {
	return formatter(
		`long ${locale}`,
		() => new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone })
	).format(new Date(moment));
}

/** `4. 3. 2031` / `4 March 2031`, in Ljubljana: a date inside a sentence, where a weekday would need its case. */
export function shortDate(moment: string | Date, locale: Locale): string {
	return formatter(
		`short ${locale}`,
		() =>
			new Intl.DateTimeFormat(
				intlLocale[locale],
				locale === 'sl'
					? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: zone }
					: { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }
			)
	).format(new Date(moment));
}

/** A calendar date (`2031-03-03`) as `torek, 3. marec 2031`. */
export function longDay(isoDate: string, locale: Locale): string {
	return formatter(
		`day ${locale}`,
		() => new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
	).format(new Date(`${isoDate}T00:00:00Z`));
}

/** `9.00` in Slovenian (as Slovenian writes times), `09:00` in English; in Ljubljana. */
export function clockTime(moment: string | Date, locale: Locale): string {
	const parts = formatter(
		`time ${locale}`,
		() => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone })
	).formatToParts(new Date(moment));
	const hour = parts.find((part) => part.type === 'hour')!.value;
	const minute = parts.find((part) => part.type === 'minute')!.value;
	return locale === 'sl' ? `${Number(hour)}.${minute}` : `${hour}:${minute}`;
}

const dayOf = (moment: string) => formatter('day-key', () => new Intl.DateTimeFormat('en-CA', { timeZone: zone })).format(new Date(moment));

/** `9.00–12.00`, or with the end's date when it ends on another day. */
export function timeRange(startsAt: string, endsAt: string, locale: Locale): string {
	if (dayOf(startsAt) === dayOf(endsAt)) return `${clockTime(startsAt, locale)}–${clockTime(endsAt, locale)}`;
	return `${clockTime(startsAt, locale)} – ${longDate(endsAt, locale)}, ${clockTime(endsAt, locale)}`;
}

/** `torek, 3. marec 2031, 9.00–12.00`. */
export function sessionWhen(startsAt: string, endsAt: string, locale: Locale): string {
	return `${longDate(startsAt, locale)}, ${timeRange(startsAt, endsAt, locale)}`;
}

/** `marec 2031` / `March 2031` of a month key (`2031-03`), capitalised as a heading. */
export function monthName(month: string, locale: Locale): string {
	const text = formatter(`month ${locale}`, () => new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
		new Date(`${month}-01T00:00:00Z`)
	);
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const builtInTypeWords: Record<string, () => string> = {
	training: m.calendar_type_training,
	workshop: m.calendar_type_workshop,
	conference: m.calendar_type_conference,
	info_session: m.calendar_type_info_session,
	advice_session: m.calendar_type_advice_session,
	mentoring: m.calendar_type_mentoring,
	networking_event: m.calendar_type_networking_event,
	advocacy_action: m.calendar_type_advocacy_action,
	other: m.calendar_type_other
};

/** The words of a type: built-in ones from the messages, a space's own by its name. */
export function typeLabel(code: string, name: LocalizedText | null | undefined, locale: Locale): string {
	const builtIn = builtInTypeWords[code];
	if (builtIn) return builtIn();
	return name ? localized(name, locale).text : code.replace(/_/g, ' ');
}

const pillarWords: Record<string, () => string> = {
	informing: m.calendar_pillar_informing,
	training: m.calendar_pillar_training,
	networking: m.calendar_pillar_networking,
	advocacy: m.calendar_pillar_advocacy
};

export const pillarLabel = (pillar: string): string => pillarWords[pillar]?.() ?? pillar;

/** Where a session meets, in a line: `Trg republike 3, Ljubljana`, or "Online". */
export function placeLine(place: { address: string; municipality: string | null } | null): string {
	if (!place) return m.calendar_online();
	return place.municipality && !place.address.includes(place.municipality) ? `${place.address}, ${place.municipality}` : place.address;
}
