import { AppError } from '../../shared/errors.ts';

/** Covers are photographs, larger than logos; 2 MB is plenty for a page-wide JPEG or WebP. */
export const maxCoverBytes = 2 * 1024 * 1024;

export const coverMissing = () => new AppError('project_cover_missing', 'invalid', 'Choose an image file to upload.');

export const coverTooLarge = (bytes: number) =>
	new AppError('project_cover_too_large', 'invalid', `The image has ${bytes} bytes; at most ${maxCoverBytes} are allowed.`, { bytes, maxBytes: maxCoverBytes });

export const coverTypeRefused = () => new AppError('project_cover_type', 'invalid', 'A cover image must be a PNG, JPEG or WebP image.');

export const coverNotFound = (projectId: string) => new AppError('project_cover_not_found', 'not_found', 'This project has no cover image.', { projectId });
