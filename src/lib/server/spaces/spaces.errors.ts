import { AppError } from '../shared/errors.ts';

export const spaceNotFound = (slug: string) => new AppError('space_not_found', 'not_found', `No space has the slug "${slug}".`, { slug });

export const spaceSlugTaken = (slug: string) => new AppError('space_slug_taken', 'conflict', `Another space already has the slug "${slug}".`, { slug });

/** Read publicly, an archived space is not there (its page and the API answer 404). */
export const spaceArchived = (slug: string) => new AppError('space_archived', 'not_found', `The space "${slug}" is archived.`, { slug });

export const spaceReadOnly = (slug: string) =>
	new AppError('space_read_only', 'conflict', `The space "${slug}" is archived: restore it before changing anything in it.`, { slug });

/** Addresses of back-office pages beside the spaces' own (`/app/spaces/new`): no space may have them. */
const reservedSlugs = new Set(['new']);

export function refuseReservedSlug(slug: string): void {
	if (reservedSlugs.has(slug)) throw new AppError('space_slug_reserved', 'conflict', `The slug "${slug}" is used by the back office.`, { slug });
}
