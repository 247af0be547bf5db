import { m } from '../paraglide/messages.js';
import { legalFormLabel } from '../organisations/registry-labels.ts';
import { regionByCode } from '../reference/regions.ts';
import { formatDate } from '../shared/format.ts';

type Locale = 'sl' | 'en';
type Deadline = { date: string; time: string | null; at: string; note: string | null };

/** A deadline as people say it: `31. januar 2031 ob 12.00` / `31 January 2031 at 12:00`. */
export function deadlineWords(deadline: Pick<Deadline, 'date' | 'time'>, locale: Locale): string {
	const day = formatDate(deadline.date, locale);
	if (!deadline.time) return day;
	return m.calls_deadline_at({ date: day, time: locale === 'sl' ? deadline.time.replace(':', '.') : deadline.time }, { locale });
}

/** A call's title in the language asked, Slovenian when it has no other. */
export const callTitle = (title: { sl: string; en?: string }, locale: Locale) => ({
	text: (locale === 'en' ? title.en : undefined) ?? title.sl,
	lang: locale === 'en' && title.en ? 'en' : 'sl'
});

/** Who may apply, in words: each criterion a sentence, or one sentence when there is none. */
export function eligibilityWords(
	eligibility: { legalForms: string[]; regionCodes: string[]; fields: string[] },
	fieldName: (code: string) => string,
	locale: Locale
): string[] {
	const words: string[] = [];
	if (eligibility.legalForms.length) words.push(m.calls_eligible_legal_forms({ forms: eligibility.legalForms.map(legalFormLabel).join(', ') }, { locale }));
	if (eligibility.regionCodes.length)
		words.push(m.calls_eligible_regions({ regions: eligibility.regionCodes.map((code) => regionByCode(code)?.name ?? code).join(', ') }, { locale }));
	if (eligibility.fields.length) words.push(m.calls_eligible_fields({ fields: eligibility.fields.map(fieldName).join(', ') }, { locale }));
	return words.length ? words : [m.calls_eligible_anyone({}, { locale })];
}

/** The month (`2031-01`) a call falls in on the calendar: its next deadline's. */
export const monthOf = (iso: string | null) => (iso ? iso.slice(0, 7) : null);

/** `januar 2031` / `January 2031`. */
export function monthWords(month: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'sl' ? 'sl-SI' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${month}-01T00:00:00Z`)
	);
}
