import { AppError } from '../shared/errors.ts';

export const notSignedIn = () => new AppError('unauthenticated', 'unauthenticated', 'Sign in or send an API token (Authorization: Bearer …) to do this.');

export const notAllowed = (action: string) => new AppError('forbidden', 'forbidden', `You are not allowed to do this (${action}).`, { action });

export const scopeMissing = (action: string, scope: string) =>
	new AppError('token_scope_missing', 'forbidden', `This API token lacks the scope "${scope}" needed for ${action}.`, {
		action,
		scope
	});
