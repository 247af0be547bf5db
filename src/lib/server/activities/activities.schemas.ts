import { z } from 'zod';
import { municipalityCodes } from '../../reference/municipalities.ts';
import { calendarDate } from '../shared/calendar-date.ts';
import { localizedNameSchema, localizedTextSchema } from '../shared/localized.ts';
import { singleLineText, webAddress } from '../shared/text.ts';
import { activityPillars, builtInActivityTypes } from './activities.table.ts';

export const activitySlugSchema = z
	.string()
	.trim()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug_format')
	.max(80);

/** A moment with its offset, as the API takes it (`2031-03-03T09:00:00+01:00`). */
const instant = z.iso.datetime({ offset: true }).meta({ description: 'Date and time with its UTC offset (RFC 3339).', example: '2031-03-03T09:00:00+01:00' });

const placeSchema = z
	.object({
		address: singleLineText({ min: 1, max: 300 }),
		municipalityCode: z
			.enum(municipalityCodes as [string, ...string[]])
			.meta({ description: "The municipality's code in the statistical register (061 is Ljubljana).", example: '061' })
	})
	.meta({ id: 'ActivityPlace' });

/** One meeting of an activity: at a place, or online with its link. */
export const sessionInputSchema = z
	.object({
		id: z.uuid().optional().meta({ description: 'An existing session to keep (on change); left out for a new one.' }),
		startsAt: instant,
		endsAt: instant,
		online: z.boolean().optional(),
		url: webAddress().optional(),
		place: placeSchema.optional(),
		unnamedAttendees: z.int().nonnegative().max(1_000_000).optional().meta({ description: 'People counted in the room who did not register or give a name.' })
	})
	.refine((session) => Date.parse(session.endsAt) > Date.parse(session.startsAt), { message: 'session_ends_before_start', path: ['endsAt'] })
	.refine((session) => (session.online ? Boolean(session.url) : Boolean(session.place)), { message: 'session_place_or_link', path: ['place'] })
	.meta({ id: 'ActivitySessionInput' });
export type SessionInput = z.output<typeof sessionInputSchema>;

const questionSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9_-]{1,40}$/)
			.optional(),
		kind: z.enum(['text', 'yes_no', 'choice', 'rating']),
		label: localizedNameSchema,
		required: z.boolean().default(false),
		options: z.array(localizedNameSchema).max(20).optional()
	})
	.refine((question) => question.kind !== 'choice' || (question.options?.length ?? 0) >= 2, { message: 'question_needs_options', path: ['options'] })
	.meta({ id: 'ActivityQuestion' });

const activityFields = {
	title: localizedNameSchema,
	description: localizedTextSchema.nullable().optional(),
	slug: activitySlugSchema
		.optional()
		.meta({ description: 'Its address in the space; made from the title when left out.', example: 'dan-vkljucujoce-informacijske-druzbe-2019' }),
	type: z
		.string()
		.regex(/^[a-z0-9_]{1,40}$/)
		.meta({ description: `One of ${builtInActivityTypes.join(', ')}, or a type the space added.`, example: 'training' }),
	pillar: z.enum(activityPillars),
	projectId: z.uuid().nullable().optional().meta({ description: 'The project of the space it is part of.' }),
	capacity: z.int().positive().max(100_000).nullable().optional().meta({ description: 'Places for registrations; null or left out is unlimited.' }),
	public: z.boolean().default(true),
	language: z.enum(['sl', 'en']).default('sl'),
	certificateMinPercent: z
		.int()
		.min(1)
		.max(100)
		.nullable()
		.optional()
		.meta({ description: 'Share of sessions (in %) a participant must attend for a certificate; null: no certificate.' }),
	registrationClosesAt: instant.nullable().optional(),
	organiserIds: z.array(z.uuid()).max(50).optional().meta({ description: 'Co-organising organisations of the registry.' }),
	registrationQuestions: z.array(questionSchema).max(30).optional(),
	evaluationQuestions: z.array(questionSchema).max(30).optional(),
	evaluationAnonymous: z.boolean().optional(),
	sessions: z.array(sessionInputSchema).min(1, 'activity_needs_session').max(200)
};

/** A new activity as a form, the API or the CLI send it (issue 13's shape). */
export const activityInputSchema = z.object(activityFields).meta({ id: 'ActivityInput', description: 'A new activity of a space.' });
export type ActivityInput = z.input<typeof activityInputSchema>;

/** A change: only the fields sent change; `sessions`, when sent, is the whole new list. */
export const activityChangeSchema = z
	.object({ ...activityFields, sessions: activityFields.sessions.optional(), cancelled: z.boolean().optional() })
	.partial()
	.meta({ id: 'ActivityChange', description: 'Fields of an activity to change.' });
export type ActivityChange = z.input<typeof activityChangeSchema>;

export const sessionSchema = z
	.object({
		id: z.uuid(),
		startsAt: z.string(),
		endsAt: z.string(),
		online: z.boolean(),
		url: z.string().nullable(),
		place: placeSchema.nullable(),
		unnamedAttendees: z.int()
	})
	.meta({ id: 'ActivitySession' });
export type Session = z.output<typeof sessionSchema>;

export const activitySchema = z
	.object({
		id: z.uuid(),
		spaceId: z.uuid(),
		slug: z.string(),
		title: localizedNameSchema,
		description: localizedTextSchema.nullable(),
		type: z.string(),
		pillar: z.enum(activityPillars),
		projectId: z.uuid().nullable(),
		capacity: z.int().nullable(),
		public: z.boolean(),
		language: z.string(),
		certificateMinPercent: z.int().nullable(),
		registrationClosesAt: z.string().nullable(),
		organiserIds: z.array(z.uuid()),
		registrationQuestions: z.array(z.unknown()),
		evaluationQuestions: z.array(z.unknown()),
		evaluationAnonymous: z.boolean(),
		cancelled: z.boolean(),
		sessions: z.array(sessionSchema)
	})
	.meta({ id: 'Activity', description: 'An activity of a space with its sessions.' });
export type Activity = z.output<typeof activitySchema>;

export const activityListSchema = z
	.object({ items: z.array(activitySchema) })
	.meta({ id: 'ActivityList', description: 'Activities of a space, in order of their first session.' });

/** What a list of a space's activities can be narrowed to (query parameters, CLI options). */
export const activityListQuerySchema = z
	.object({
		from: calendarDate().optional().meta({ description: 'Only activities with a session on or after this day (Ljubljana time).' }),
		to: calendarDate().optional().meta({ description: 'Only activities with a session on or before this day (Ljubljana time).' }),
		type: z
			.string()
			.regex(/^[a-z0-9_]{1,40}$/)
			.optional(),
		pillar: z.enum(activityPillars).optional(),
		projectId: z.uuid().optional()
	})
	.refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'problem_end_before_start', path: ['to'] });
export type ActivityListQuery = z.input<typeof activityListQuerySchema>;

/** A type of activity a space adds to the built-in ones. */
export const activityTypeInputSchema = z
	.object({
		code: z
			.string()
			.trim()
			.regex(/^[a-z][a-z0-9_]{0,39}$/, 'activity_type_code_format')
			.refine((code) => !(builtInActivityTypes as readonly string[]).includes(code), 'activity_type_built_in')
			.meta({ description: 'How activities name it: lower-case letters, digits and `_`.', example: 'summer_school' }),
		name: localizedNameSchema
	})
	.meta({ id: 'ActivityTypeInput' });

export const activityTypeSchema = z
	.object({ code: z.string(), name: localizedNameSchema, builtIn: z.boolean() })
	.meta({ id: 'ActivityType', description: 'A type of activity: built in, or added by the space.' });
export type ActivityType = z.output<typeof activityTypeSchema>;
