import { AppError } from '../shared/errors.ts';

export const membershipNotFound = (organisationId: string) =>
	new AppError('membership_not_found', 'not_found', 'The organisation is not in this space.', { organisationId });

export const membershipExists = (organisationId: string) =>
	new AppError('membership_exists', 'conflict', 'The organisation is already in this space.', { organisationId });
