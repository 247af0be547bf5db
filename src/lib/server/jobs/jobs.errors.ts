import { AppError } from '../shared/errors.ts';

export const unknownJobKind = (kind: string) => new AppError('job_kind_unknown', 'invalid', `No handler is registered for jobs of kind "${kind}".`, { kind });
