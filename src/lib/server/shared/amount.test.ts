import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from './amount.ts';

describe('amounts as people type them', () => {
	it.each([
		['334.613,93', 'sl', 33_461_393],
		['334 613,93', 'sl', 33_461_393],
		['334\u00a0613,93', 'sl', 33_461_393],
		['334613,93', 'sl', 33_461_393],
		['334613.93', 'sl', 33_461_393],
		['334613.93', 'en', 33_461_393],
		['334,613.93', 'en', 33_461_393],
		['334,613.93', 'sl', 33_461_393],
		['1.000', 'sl', 100_000],
		['60.000', 'sl', 6_000_000],
		['1,000', 'en', 100_000],
		['1.000.000', 'sl', 100_000_000],
		['1.000.000,5', 'sl', 100_000_050],
		['1 000,5 €', 'sl', 100_050],
		['EUR 12,50', 'sl', 1_250],
		['5', 'en', 500],
		['0,07', 'sl', 7]
	] as const)('reads "%s" (%s) as %i cents', (text, locale, cents) => {
		expect(parseAmount(text, locale)).toEqual({ cents });
	});

	it('takes an empty field as no amount', () => {
		expect(parseAmount('  ', 'sl')).toBeUndefined();
	});

	it.each([
		['1,500', 'sl'],
		['12,345', 'sl'],
		['1.000', 'en']
	] as const)('refuses "%s" (%s) as ambiguous rather than guess thousands or decimals', (text, locale) => {
		expect(parseAmount(text, locale)).toEqual({ problem: 'amount_ambiguous' });
	});

	it.each(['1,2345', '10.999'])('refuses more than two decimals in "%s" rather than round', (text) => {
		expect(parseAmount(text, 'en')).toEqual({ problem: text === '10.999' ? 'amount_ambiguous' : 'amount_decimals' });
		expect(parseAmount('3,125', 'en')).toEqual({ cents: 312_500 });
	});

	it.each(['veliko', '-5', '1.00.0', '12 34', '1.000,000,00', '1,0.5', '.5', '1e5', '99999999999999999999'])('refuses "%s"', (text) => {
		expect(parseAmount(text, 'sl')).toEqual({ problem: 'amount_format' });
	});

	it('writes amounts the way they are read back', () => {
		expect(formatAmount(33_461_393, 'sl')).toBe('334.613,93');
		expect(formatAmount(33_461_393, 'en')).toBe('334,613.93');
		for (const cents of [0, 7, 100_000, 6_000_000, 33_461_393]) {
			expect(parseAmount(formatAmount(cents, 'sl'), 'sl')).toEqual({ cents });
			expect(parseAmount(formatAmount(cents, 'en'), 'en')).toEqual({ cents });
		}
	});
});
