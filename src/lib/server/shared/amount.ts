/**
 * Money as people type it, into cents. Slovenians write `334.613,93` (and `334 613,93`), many
 * people and spreadsheets `334613.93`; both are read in either form language. A value is never
 * guessed: where a separator could mean either thousands or decimals (`1,500` in a Slovenian form
 * could be 1.5 or 1500), the amount is refused with its own problem, so the person writes it again.
 */
export type AmountProblem = 'amount_format' | 'amount_ambiguous' | 'amount_decimals';
export type ParsedAmount = { cents: number } | { problem: AmountProblem } | undefined;

const grouped = (separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`);
const maxCents = Number.MAX_SAFE_INTEGER;

/** Whole units and up to two decimals, the decimals given as typed (`5` is 50 cents). */
function toCents(whole: string, fraction = ''): ParsedAmount {
	if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { problem: 'amount_format' };
	if (fraction.length > 2) return { problem: 'amount_decimals' };
	const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
	return Number.isSafeInteger(cents) && cents <= maxCents ? { cents } : { problem: 'amount_format' };
}

/** The whole part without its thousands separator, if it is grouped by threes; undefined if it is not. */
function ungroup(whole: string, separator: string): string | undefined {
	if (!whole.includes(separator)) return whole;
	return grouped(separator).test(whole) ? whole.split(separator).join('') : undefined;
}

/**
 * `334.613,93`, `334 613,93`, `334613,93`, `334613.93`, `334,613.93`, `1.000` (sl: a thousand),
 * `60.000 €` → cents; empty → undefined. The form's language decides only what a lone separator
 * followed by three digits means: a thousands separator in that language's writing (`1.000` in
 * Slovenian, `1,000` in English); the other one is ambiguous and refused.
 */
export function parseAmount(text: string, locale: 'sl' | 'en'): ParsedAmount {
	const trimmed = text
		.trim()
		.replace(/\s*(€|EUR)$/i, '')
		.replace(/^(€|EUR)\s*/i, '');
	if (trimmed === '') return undefined;
	// spaces (also no-break and narrow no-break ones) group thousands, as `334 613,93`
	if (/\s/.test(trimmed) && !/^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(trimmed)) return { problem: 'amount_format' };
	const compact = trimmed.replace(/[\s\u00a0\u202f]/g, '');
	if (!/^[\d.,]+$/.test(compact) || !/^\d/.test(compact)) return { problem: 'amount_format' };

	const lastDot = compact.lastIndexOf('.');
	const lastComma = compact.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) {
		// both: the last one separates the decimals, the other groups thousands
		const [decimal, thousands] = lastComma > lastDot ? [',', '.'] : ['.', ','];
		const [whole = '', fraction, extra] = compact.split(decimal);
		if (extra !== undefined) return { problem: 'amount_format' };
		const plain = ungroup(whole, thousands);
		return plain === undefined ? { problem: 'amount_format' } : toCents(plain, fraction);
	}
	const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
	if (!separator) return toCents(compact);
	const parts = compact.split(separator);
	// several of one kind can only group thousands
	if (parts.length > 2) return grouped(separator).test(compact) ? toCents(parts.join('')) : { problem: 'amount_format' };
	const [whole = '', fraction = ''] = parts;
	if (fraction.length !== 3) return toCents(whole, fraction);
	const thousandsInLanguage = locale === 'sl' ? '.' : ',';
	if (separator !== thousandsInLanguage) return { problem: 'amount_ambiguous' };
	return whole.length <= 3 ? toCents(whole + fraction) : { problem: 'amount_format' };
}

/** Money as the form shows it again, so that reading it back gives the same cents: 334.613,93 or 334,613.93. */
export function formatAmount(cents: number | undefined, locale: 'sl' | 'en'): string {
	if (cents === undefined) return '';
	return new Intl.NumberFormat(locale === 'sl' ? 'sl-SI' : 'en-GB', { minimumFractionDigits: 2, useGrouping: 'always' }).format(cents / 100);
}
