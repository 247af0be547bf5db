import { z } from 'zod';
import { isoDateSchema } from './localized.ts';

// `30. 9. 2023`, `30.9.2023`, and with a trailing dot or no-break spaces as word processors leave them
const slovenian = /^(\d{1,2})\.[\s\u00a0]*(\d{1,2})\.[\s\u00a0]*(\d{4})\.?$/;

/**
 * A date as people write it in Slovenia (`1. 10. 2019`, `1.10.2019`) into `2019-10-01`; anything
 * else is left as it came, for the ISO check to accept or refuse.
 */
export function toIsoDate(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	const match = slovenian.exec(text);
	if (!match) return text;
	const [, day, month, year] = match;
	return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** A calendar date, accepted as `2019-10-01` or as `1. 10. 2019`; an impossible date (31. 2.) is refused. */
export const calendarDate = () => z.preprocess(toIsoDate, isoDateSchema);

/** A stored date as a form shows it for editing: `30. 9. 2023` in Slovenian (as people write it), ISO otherwise. */
export function dateForInput(isoDate: string | null | undefined, locale: 'sl' | 'en'): string {
	if (!isoDate) return '';
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match || locale !== 'sl') return isoDate;
	const [, year, month, day] = match;
	return `${Number(day)}. ${Number(month)}. ${year}`;
}
