import { AppError } from '../shared/errors.ts';

export const invalidToken = () => new AppError('invalid_token', 'unauthenticated', 'The API token is not valid: it is unknown or has been revoked.');

export const tokenExpired = (expiresOn: string) =>
	new AppError('token_expired', 'unauthenticated', `The API token expired after ${expiresOn}. Its owner can create a new one.`, { expiresOn });

export const tokenNotFound = (id: string) => new AppError('token_not_found', 'not_found', 'No such API token of yours.', { id });
