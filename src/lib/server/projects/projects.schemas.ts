import { z } from 'zod';
import { calendarDate } from '../shared/calendar-date.ts';
import { isoDateSchema, localizedNameSchema } from '../shared/localized.ts';
import { singleLineText } from '../shared/text.ts';

export const projectStatuses = ['planned', 'running', 'ended'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projectSlugSchema = z
	.string()
	.trim()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug_format')
	.max(60);

/** A new project as a form, the API or the CLI send it; dates as people write them (1. 10. 2019) or ISO. */
export const projectInputSchema = z
	.object({
		title: z.object({ sl: singleLineText({ min: 1, max: 300 }), en: singleLineText({ min: 0, max: 300 }).optional() }),
		acronym: singleLineText({ min: 0, max: 40 }).optional(),
		slug: projectSlugSchema.meta({ description: 'Its address in the space: lower-case letters, digits and dashes.', example: 'pro-nvo-vid' }),
		startsOn: calendarDate().optional().meta({ description: 'Left out while the start is not known.' }),
		endsOn: calendarDate().optional().meta({ description: 'Left out while the end is not known.' })
	})
	.refine((project) => !project.endsOn || !project.startsOn || project.endsOn >= project.startsOn, { message: 'ends_before_start', path: ['endsOn'] })
	.meta({ id: 'ProjectInput', description: 'A new project of a space.' });
export type ProjectInput = z.input<typeof projectInputSchema>;

export const projectSchema = z
	.object({
		id: z.uuid(),
		slug: z.string().meta({ example: 'pro-nvo-vid' }),
		title: localizedNameSchema,
		acronym: z.string().nullable().meta({ example: 'PRO-NVO-VID' }),
		startsOn: isoDateSchema.nullable(),
		endsOn: isoDateSchema.nullable(),
		status: z
			.enum(projectStatuses)
			.nullable()
			.meta({ description: 'From the period and today: planned, running or ended; null while the period is not known.' })
	})
	.meta({ id: 'Project', description: 'A project of a space.' });
export type Project = z.output<typeof projectSchema>;

export const projectListSchema = z.object({ items: z.array(projectSchema) }).meta({ id: 'ProjectList' });

/** Where a period stands on `today` (a calendar date, YYYY-MM-DD); null when its start is not known and its end not past. */
export function projectStatusOn(period: { startsOn: string | null; endsOn: string | null }, today: string): ProjectStatus | null {
	if (period.startsOn === null) return period.endsOn !== null && period.endsOn < today ? 'ended' : null;
	if (period.startsOn > today) return 'planned';
	return period.endsOn !== null && period.endsOn < today ? 'ended' : 'running';
}
