import { z } from 'zod';
import { longText, singleLineText, textLimits } from '../shared/text.ts';
import { postKinds, postStatuses } from './posts.table.ts';

export const postSlugSchema = z
	.string()
	.trim()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug_format')
	.max(80);

/** A post's words in one language; the address is made from the title when left out. */
export const postTranslationSchema = z
	.object({
		title: singleLineText({ min: 1, max: textLimits.name }),
		slug: postSlugSchema.optional().meta({ description: 'Its address in the space in this language; made from the title when left out.' }),
		summary: longText({ max: 1000 }).optional().default(''),
		body: longText({ max: 200_000 }).optional().default('').meta({ description: 'Markdown; raw HTML is not rendered and the output is sanitised.' })
	})
	.meta({ id: 'PostTranslationInput' });

const optionalLocalizedLine = z
	.object({ sl: singleLineText({ min: 1, max: 500 }), en: singleLineText({ min: 1, max: 500 }).optional() })
	.nullable()
	.optional();

const instant = z.iso.datetime({ offset: true }).meta({
	description: 'Date and time with its UTC offset (RFC 3339); in the past to enter old news, in the future to schedule.',
	example: '2021-12-21T12:00:00+01:00'
});

const tag = singleLineText({ min: 1, max: 60 }).toLowerCase();

const postFields = {
	kind: z.enum(postKinds),
	publishAt: instant,
	translations: z.object({ sl: postTranslationSchema, en: postTranslationSchema.nullable().optional() }).meta({ id: 'PostTranslationsInput' }),
	tags: z.array(tag).max(20).optional(),
	projectId: z.uuid().nullable().optional().meta({ description: 'A project of the same space.' }),
	activityId: z.uuid().nullable().optional().meta({ description: 'An activity (event) of the same space.' }),
	coverAlt: optionalLocalizedLine.meta({ description: 'What the cover image shows, for people who cannot see it.' }),
	coverCredit: optionalLocalizedLine.meta({ description: 'Who took or owns the cover image ("Hannah Busing (Unsplash)").' }),
	status: z.enum(postStatuses).optional().meta({ description: 'draft (default), published or unpublished.' })
};

export const postInputSchema = z.object(postFields).meta({ id: 'PostInput' });
export const postChangeSchema = z.object(postFields).partial().meta({ id: 'PostChange' });
export type PostInput = z.output<typeof postInputSchema>;

export const postListQuerySchema = z.object({
	status: z.enum(postStatuses).optional(),
	kind: z.enum(postKinds).optional(),
	tag: z.string().trim().toLowerCase().max(60).optional()
});

const translation = z.object({ slug: z.string(), title: z.string(), summary: z.string(), body: z.string() }).meta({ id: 'PostTranslation' });

export const postSchema = z
	.object({
		id: z.uuid(),
		spaceId: z.uuid(),
		kind: z.enum(postKinds),
		status: z.enum(postStatuses),
		publishAt: z.string(),
		visible: z.boolean().meta({ description: 'Published and its publish date has come: the public sees it.' }),
		translations: z.object({ sl: translation, en: translation.nullable() }),
		tags: z.array(z.string()),
		projectId: z.uuid().nullable(),
		activityId: z.uuid().nullable(),
		cover: z
			.object({
				imageId: z.uuid().nullable().meta({ description: 'The uploaded image; none when only its words are known.' }),
				alt: z.object({ sl: z.string(), en: z.string().optional() }).nullable(),
				credit: z.object({ sl: z.string(), en: z.string().optional() }).nullable()
			})
			.nullable(),
		createdAt: z.string(),
		updatedAt: z.string()
	})
	.meta({ id: 'Post' });
export type Post = z.infer<typeof postSchema>;
export const postListSchema = z.object({ items: z.array(postSchema) }).meta({ id: 'PostList' });
