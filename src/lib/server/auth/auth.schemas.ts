import { z } from 'zod';
import { emailAddress, singleLineText, textLimits } from '../shared/text.ts';
import { minPasswordLength } from './better-auth.ts';

const email = emailAddress();
const password = singleLineText({ min: minPasswordLength, max: 128, trim: false });
/** Links in mails carry these: a longer text is no token of ours. */
const linkToken = singleLineText({ min: 1, max: textLimits.short });

export const signInSchema = z.object({ email, password: singleLineText({ min: 1, max: 128, trim: false }) });

export const newUserSchema = z.object({
	email,
	name: singleLineText({ min: 1, max: 200 }),
	password,
	isPlatformAdmin: z.boolean().default(false),
	locale: z.enum(['sl', 'en']).default('sl')
});
export type NewUser = z.input<typeof newUserSchema>;

export const changePasswordSchema = z.object({ currentPassword: singleLineText({ min: 1, max: 128, trim: false }), newPassword: password });
export const resetPasswordSchema = z.object({ token: linkToken, newPassword: password });
export const requestPasswordResetSchema = z.object({ email });
