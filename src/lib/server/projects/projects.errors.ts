import { AppError } from '../shared/errors.ts';

export const projectSlugTaken = (slug: string) =>
	new AppError('project_slug_taken', 'conflict', `Another project of this space already has the address "${slug}".`, { slug });
