import { describe, expect, it } from 'vitest';
import { calendarDate, dateForInput, toIsoDate } from './calendar-date.ts';

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

	it('accepts the way the issue saw it refused: 30. 9. 2023 and 30.9.2023', () => {
		expect(toIsoDate('30. 9. 2023')).toBe('2023-09-30');
		expect(toIsoDate('30.9.2023')).toBe('2023-09-30');
		expect(toIsoDate('30.\u00a09.\u00a02023.')).toBe('2023-09-30');
	});

	it('shows a stored date for editing as people write it, and reads it back unchanged', () => {
		expect(dateForInput('2023-09-30', 'sl')).toBe('30. 9. 2023');
		expect(dateForInput('2023-09-30', 'en')).toBe('2023-09-30');
		expect(dateForInput(null, 'sl')).toBe('');
		expect(toIsoDate(dateForInput('2019-10-01', 'sl'))).toBe('2019-10-01');
	});
});
