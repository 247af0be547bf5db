import { AppError } from '../shared/errors.ts';

export const spaceNotFound = (slug: string) => new AppError('space_not_found', 'not_found', `No space has the slug "${slug}".`, { slug });

export const spaceSlugTaken = (slug: string) => new AppError('space_slug_taken', 'conflict', `Another space already has the slug "${slug}".`, { slug });
