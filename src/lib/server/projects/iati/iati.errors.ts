import { AppError } from '../../shared/errors.ts';

export const projectPeriodUnknown = (id: string) =>
	new AppError('project_period_unknown', 'conflict', 'The project has neither a start nor an end: IATI requires at least one activity date.', { id });

export const iatiNoDatedProject = (spaceSlug: string) =>
	new AppError('iati_no_dated_project', 'conflict', 'The space has no project with a known period: an IATI document needs at least one dated activity.', {
		spaceSlug
	});
