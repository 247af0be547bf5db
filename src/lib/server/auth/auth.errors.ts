import { AppError } from '../shared/errors.ts';

export const invalidCredentials = () => new AppError('invalid_credentials', 'unauthenticated', 'The e-mail address or the password is not right.');

export const emailTaken = (email: string) => new AppError('email_taken', 'conflict', `An account with the e-mail address ${email} already exists.`, { email });

export const setupLinkInvalid = () =>
	new AppError('setup_link_invalid', 'not_found', 'This setup link is not valid any more. Restart the server for a new one.');

export const setupAlreadyDone = () => new AppError('setup_already_done', 'conflict', 'The platform already has an administrator. Sign in instead.');

export const userNotFound = (email: string) => new AppError('user_not_found', 'not_found', `No account has the e-mail address ${email}.`, { email });

export const wrongCurrentPassword = () => new AppError('wrong_current_password', 'invalid', 'The current password is not right.');

export const resetLinkInvalid = () => new AppError('reset_link_invalid', 'invalid', 'This password reset link is not valid any more. Ask for a new one.');

/** The address or the browser tried too often; only waiting helps. */
export const signInRateLimited = (retryAfterMinutes: number) =>
	new AppError('sign_in_rate_limited', 'rate_limited', `Too many failed sign-ins. Try again in ${retryAfterMinutes} minutes.`, {
		retryAfterMinutes
	});

/**
 * The account had too many failed sign-ins from browsers it does not know. Said the same way for
 * addresses without an account (their failures are counted too), so nobody learns which exist.
 */
export const signInAccountLocked = (retryAfterMinutes: number) =>
	new AppError(
		'sign_in_account_locked',
		'rate_limited',
		`Too many failed sign-ins to this account from browsers it does not know. Try again in ${retryAfterMinutes} minutes, or follow the link mailed to the account's address.`,
		{ retryAfterMinutes }
	);

export const unlockLinkInvalid = () =>
	new AppError('unlock_link_invalid', 'not_found', 'This sign-in link is not valid any more. Sign in from a browser you used before, or wait.');

export const passwordResetRateLimited = (retryAfterMinutes: number) =>
	new AppError('password_reset_rate_limited', 'rate_limited', `Too many requests for a new password. Try again in ${retryAfterMinutes} minutes.`, {
		retryAfterMinutes
	});
