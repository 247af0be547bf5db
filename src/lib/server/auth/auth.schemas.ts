import { z } from 'zod';
import { minPasswordLength } from './better-auth.ts';

const email = z.email().trim().toLowerCase();
const password = z.string().min(minPasswordLength).max(128);

export const signInSchema = z.object({ email, password: z.string().min(1).max(128) });

export const newUserSchema = z.object({
	email,
	name: z.string().trim().min(1).max(200),
	password,
	isPlatformAdmin: z.boolean().default(false),
	locale: z.enum(['sl', 'en']).default('sl')
});
export type NewUser = z.input<typeof newUserSchema>;

export const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: password });
export const resetPasswordSchema = z.object({ token: z.string().min(1), newPassword: password });
export const requestPasswordResetSchema = z.object({ email });
