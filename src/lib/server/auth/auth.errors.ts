import { AppError } from '../shared/errors.ts';

export const invalidCredentials = () =>
	new AppError('invalid_credentials', 'unauthenticated', 'The e-mail address or the password is not right.');

export const signInRateLimited = (retryAfterMinutes: number) =>
	new AppError('sign_in_rate_limited', 'rate_limited', `Too many failed sign-ins. Try again in ${retryAfterMinutes} minutes.`, {
		retryAfterMinutes
	});

export const emailTaken = (email: string) =>
	new AppError('email_taken', 'conflict', `An account with the e-mail address ${email} already exists.`, { email });

export const setupLinkInvalid = () =>
	new AppError('setup_link_invalid', 'not_found', 'This setup link is not valid any more. Restart the server for a new one.');

export const setupAlreadyDone = () =>
	new AppError('setup_already_done', 'conflict', 'The platform already has an administrator. Sign in instead.');

export const userNotFound = (email: string) =>
	new AppError('user_not_found', 'not_found', `No account has the e-mail address ${email}.`, { email });

export const wrongCurrentPassword = () =>
	new AppError('wrong_current_password', 'invalid', 'The current password is not right.');

export const resetLinkInvalid = () =>
	new AppError('reset_link_invalid', 'invalid', 'This password reset link is not valid any more. Ask for a new one.');
