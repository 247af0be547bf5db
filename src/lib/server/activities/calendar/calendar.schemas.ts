import { z } from 'zod';
import { regionCodes } from '../../../reference/regions.ts';
import { toIsoDate } from '../../shared/calendar-date.ts';
import { isoDateSchema } from '../../shared/localized.ts';

/** An empty form field is no filter. */
const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalDate = z.preprocess((value) => toIsoDate(blankIsUnset(value)), isoDateSchema.optional());

/**
 * The calendar's filters as the GET form sends them (every field may be empty): dates as people
 * write them (`3. 3. 2031`) or ISO, a month as `2031-03`.
 */
export const calendarFilterSchema = z.object({
	space: z.preprocess(blankIsUnset, z.string().trim().max(80).optional()),
	type: z.preprocess(
		blankIsUnset,
		z
			.string()
			.regex(/^[a-z0-9_]{1,40}$/)
			.optional()
	),
	region: z.preprocess(blankIsUnset, z.enum(regionCodes).optional()),
	online: z.preprocess((value) => value === 'on' || value === 'true' || value === '1' || value === true, z.boolean()),
	from: optionalDate,
	to: optionalDate,
	view: z.preprocess(blankIsUnset, z.enum(['list', 'month']).default('list')),
	month: z.preprocess(
		blankIsUnset,
		z
			.string()
			.regex(/^\d{4}-(0[1-9]|1[0-2])$/)
			.optional()
	),
	/** Where the previous page of the list ended: `<startsAt ISO>_<session id>`. */
	after: z.preprocess(
		blankIsUnset,
		z
			.string()
			.regex(/^[0-9T:.\-+Z]{10,40}_[0-9a-f-]{36}$/)
			.optional()
	)
});
export type CalendarFilter = z.output<typeof calendarFilterSchema>;

/** The filters of a query string; a field that does not parse is dropped (and named in `invalid`) rather than failing the page. */
export function calendarFilterOf(params: URLSearchParams): { filter: CalendarFilter; invalid: string[] } {
	const raw = Object.fromEntries([...params.entries()].filter(([key]) => key in calendarFilterSchema.shape));
	const invalid: string[] = [];
	for (;;) {
		const parsed = calendarFilterSchema.safeParse(raw);
		if (parsed.success) return { filter: parsed.data, invalid };
		const field = String(parsed.error.issues[0]?.path[0] ?? '');
		if (!field || !(field in raw)) return { filter: calendarFilterSchema.parse({}), invalid: [...invalid, field] };
		invalid.push(field);
		delete raw[field];
	}
}
