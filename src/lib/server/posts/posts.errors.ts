import { AppError } from '../shared/errors.ts';

export const postNotFound = (id: string) => new AppError('post_not_found', 'not_found', `No post has the id or address "${id}".`, { id });

export const postSlugTaken = (locale: string, slug: string) =>
	new AppError('post_slug_taken', 'conflict', `Another post of this space already has the address "${slug}" in ${locale}.`, { locale, slug });

export const postProjectUnknown = (projectId: string) =>
	new AppError('post_project_unknown', 'invalid', `The space has no project with the id ${projectId}.`, { projectId });

export const postActivityUnknown = (activityId: string) =>
	new AppError('post_activity_unknown', 'invalid', `The space has no activity with the id ${activityId}.`, { activityId });

/** Images: up to 10 MB come in (a phone's photo), what is served is resized. */
export const maxPostImageBytes = 10 * 1024 * 1024;

export const postImageTooLarge = (bytes: number) =>
	new AppError('post_image_too_large', 'invalid', `The image has ${bytes} bytes; at most ${maxPostImageBytes} are allowed.`, {
		bytes,
		maxBytes: maxPostImageBytes
	});

export const postImageType = () => new AppError('post_image_type', 'invalid', 'An image must be a PNG, JPEG or WebP image.');

export const postImageMissing = () => new AppError('post_image_missing', 'invalid', 'Choose an image file to upload.');

export const postImageNotFound = (id: string) => new AppError('post_image_not_found', 'not_found', 'No such image.', { id });
