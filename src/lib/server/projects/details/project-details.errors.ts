import { AppError } from '../../shared/errors.ts';

export const projectPredecessorInvalid = (id: string) =>
	new AppError('project_predecessor_invalid', 'invalid', `The predecessor "${id}" is not another project of the same space.`, { id });
