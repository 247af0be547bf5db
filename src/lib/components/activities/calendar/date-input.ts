/** A date for a form field as people write it: `3. 3. 2031` in Slovenian, ISO otherwise (what the field accepts). */
export function dateForInput(isoDate: string | null | undefined, locale: 'sl' | 'en'): string {
	if (!isoDate) return '';
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match || locale !== 'sl') return isoDate;
	const [, year, month, day] = match;
	return `${Number(day)}. ${Number(month)}. ${year}`;
}
