import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date.ts';

describe('calendar dates as people write them', () => {
	const parse = (value: unknown) => calendarDate().safeParse(value);

	it('accepts the Slovenian way with or without spaces, and ISO', () => {
		expect(parse('1. 10. 2019').data).toBe('2019-10-01');
		expect(parse('01.10.2019').data).toBe('2019-10-01');
		expect(parse(' 2019-10-01 ').data).toBe('2019-10-01');
	});

	it('refuses a date that does not exist and text that is no date', () => {
		expect(parse('31. 2. 2019').success).toBe(false);
		expect(parse('oktober 2019').success).toBe(false);
		expect(parse(20191001).success).toBe(false);
	});
});
