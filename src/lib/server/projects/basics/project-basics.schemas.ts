import { z } from 'zod';
import { calendarDate } from '../../shared/calendar-date.ts';
import { singleLineText } from '../../shared/text.ts';
import { projectDetailsChangesSchema } from '../details/project-details.schemas.ts';
import { projectSlugSchema } from '../projects.schemas.ts';

/** What names a project and places it in time; a field left out stays, `null` clears an optional one. */
export const projectBasicsChangesSchema = z
	.object({
		title: z.object({ sl: singleLineText({ min: 1, max: 300 }), en: singleLineText({ min: 0, max: 300 }).optional() }),
		acronym: singleLineText({ min: 0, max: 40 }).nullable(),
		slug: projectSlugSchema,
		startsOn: calendarDate().nullable().meta({ description: '`2018-10-01` or as people write it, `1. 10. 2018`; null while not known.' }),
		endsOn: calendarDate().nullable().meta({ description: 'Null while not known.' })
	})
	.partial();

export const basicsKeys = ['title', 'acronym', 'slug', 'startsOn', 'endsOn'] as const;

/**
 * A change to a project as PATCH and the back office's forms send it: its basics (title, acronym,
 * address, period) and its details (see ProjectDetailsChanges), any of them.
 */
export const projectChangesSchema = projectBasicsChangesSchema.extend(projectDetailsChangesSchema.shape).strict().meta({
	id: 'ProjectChanges',
	description: 'A change to a project: fields left out stay, `null` clears an optional one, a list given replaces the whole list.'
});
export type ProjectChanges = z.input<typeof projectChangesSchema>;
