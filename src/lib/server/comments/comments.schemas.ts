import { z } from 'zod';
import { emailAddress, longText, singleLineText } from '../shared/text.ts';
import { commentStatuses, moderationModes } from './comments.table.ts';

/** The longest comment taken: a few long paragraphs. */
export const commentMaxLength = 5000;

/** A comment as the form and the API send it. */
export const commentInputSchema = z
	.object({
		subject: z.string().max(300).meta({ description: 'What the comment is on, as kind:id (e.g. `post:<id>`).' }),
		name: singleLineText({ min: 1, max: 200 }).meta({ description: 'The name shown with the comment.' }),
		email: emailAddress().meta({ description: 'Never shown; the space may write to it about the comment.' }),
		body: longText({ min: 2, max: commentMaxLength }).meta({ description: 'Plain text; blank lines part paragraphs, web addresses become links.' }),
		locale: z.enum(['sl', 'en']).default('sl'),
		/** The honeypot: a field people never see; robots fill it. */
		website: z.string().max(500).optional(),
		/** The signed time the form was shown (the form's hidden field); a comment sent within seconds of it is a robot's. */
		started: z.string().max(200).optional()
	})
	.meta({ id: 'CommentInput', description: 'A comment, without an account (or by a signed-in person).' });
export type CommentInput = z.input<typeof commentInputSchema>;

/** A published comment as anyone sees it: no e-mail. */
export const publicCommentSchema = z
	.object({
		id: z.uuid(),
		authorName: z.string(),
		/** The member organisation of a signed-in commenter. */
		organisation: z.string().nullable(),
		body: z.string(),
		createdAt: z.string()
	})
	.meta({ id: 'Comment' });
export type PublicComment = z.output<typeof publicCommentSchema>;

/** A comment as the space's staff see it: status, e-mail, subject, why it looked like spam. */
export const moderatedCommentSchema = publicCommentSchema
	.extend({
		subject: z.string(),
		status: z.enum(commentStatuses),
		authorEmail: z.string().nullable(),
		spamReasons: z.array(z.string()),
		moderatedAt: z.string().nullable()
	})
	.meta({ id: 'ModeratedComment' });
export type ModeratedComment = z.output<typeof moderatedCommentSchema>;

export const commentListSchema = z
	.object({ items: z.array(z.union([moderatedCommentSchema, publicCommentSchema])) })
	.meta({ id: 'CommentList', description: 'Oldest first; staff of the space see every comment with its status and e-mail.' });

export const commentQueueSchema = z
	.object({ items: z.array(moderatedCommentSchema), total: z.int(), page: z.int(), pageSize: z.int() })
	.meta({ id: 'CommentQueue', description: "One page of a space's comments in one status, newest first." });

export const commentResultSchema = z
	.object({ id: z.uuid(), status: z.enum(commentStatuses) })
	.meta({ id: 'CommentResult', description: 'The comment sent: `held` until staff approve it, or `published`.' });
export type CommentResult = z.output<typeof commentResultSchema>;

export const commentModerationSchema = z
	.object({ status: z.enum(commentStatuses) })
	.meta({ id: 'CommentModeration', description: 'The status staff give a comment.' });

export const commentBulkModerationSchema = z.object({ ids: z.array(z.uuid()).min(1, 'comment_none_chosen').max(200), status: z.enum(commentStatuses) });

export const commentSettingsSchema = z.object({ moderation: z.enum(moderationModes) }).meta({ id: 'CommentSettings' });
