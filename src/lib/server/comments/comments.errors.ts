import { AppError } from '../shared/errors.ts';

export const commentSubjectNotFound = (subject: string) =>
	new AppError('comment_subject_not_found', 'not_found', `Nothing named "${subject}" takes comments here.`, { subject });

export const commentSubjectInvalid = (subject: string) =>
	new AppError('comment_subject_invalid', 'invalid', `A subject is written as kind:id (e.g. post:<id>), not "${subject}".`, { subject });

export const commentsClosed = (subject: string) => new AppError('comments_closed', 'conflict', 'This page takes no comments any more.', { subject });

export const commentNotFound = (id: string) => new AppError('comment_not_found', 'not_found', `No comment has the id ${id}.`, { id });

export const commentsRateLimited = (retryAfterMinutes: number) =>
	new AppError('comment_rate_limited', 'rate_limited', 'Too many comments from here; try again later.', {
		retryAfterMinutes,
		retryAfterSeconds: retryAfterMinutes * 60
	});
