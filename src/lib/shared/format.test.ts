import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatPeriod } from './format.ts';

describe('locale formatting', () => {
	it('formats money the Slovenian way and the English way', () => {
		expect(formatMoney(33_461_393, 'EUR', 'sl')).toBe('334.613,93\u00a0€');
		expect(formatMoney(7_633_402, 'EUR', 'sl')).toBe('76.334,02\u00a0€');
		expect(formatMoney(600_000, 'EUR', 'sl')).toBe('6.000,00\u00a0€');
		expect(formatMoney(33_461_393, 'EUR', 'en')).toBe('€334,613.93');
	});

	it('formats calendar dates without shifting them across time zones', () => {
		expect(formatDate('2019-10-01', 'sl')).toBe('1. oktober 2019');
		expect(formatDate('2023-09-30', 'en')).toBe('30 September 2023');
	});

	it('formats a period with both ends, or the one end it has', () => {
		expect(formatPeriod('2018-10-01', '2019-12-31', 'sl')).toBe('1. oktober 2018 – 31. december 2019');
		expect(formatPeriod('2018-10-01', undefined, 'en')).toBe('from 1 October 2018');
		expect(formatPeriod(undefined, '2023-09-30', 'sl')).toBe('do 30. september 2023');
	});
});
