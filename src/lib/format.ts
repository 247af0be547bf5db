import type { Locale } from './locale.ts';

const intlLocale: Record<Locale, string> = { sl: 'sl-SI', en: 'en-GB' };

/** `334.613,93 €` in Slovenian, `€334,613.93` in English. */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency }).format(cents / 100);
}

/** A calendar date (`2019-10-01`) as `1. oktober 2019` / `1 October 2019`, independent of time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
	return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${isoDate}T00:00:00Z`)
	);
}

export function formatPeriod(start: string | undefined, end: string | undefined, locale: Locale): string {
	if (start && end) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
	return formatDate((start ?? end)!, locale);
}

/** A moment as `23. 11. 2026, 14:05` / `23 Nov 2026, 14:05`, in the platform's time zone. */
export function formatDateTime(moment: Date | string, locale: Locale): string {
	return new Intl.DateTimeFormat(intlLocale[locale], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Ljubljana'
	}).format(new Date(moment));
}

/** A count as `30.000` / `30,000`. */
export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale[locale]).format(value);
}
