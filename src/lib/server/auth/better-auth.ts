import { randomUUID } from 'node:crypto';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Database } from '../db/client.ts';
import { accounts, sessions, users, verifications } from './auth.table.ts';

export const minPasswordLength = 10;

export type PasswordResetRequest = { user: { id: string; email: string; name: string; locale?: string }; token: string };

export type AuthOptions = {
	db: Database;
	secret: string;
	/** The address people reach the platform at; links in mail and cookie security follow it. */
	publicUrl: string;
	onPasswordResetRequested: (request: PasswordResetRequest) => Promise<void>;
	plugins?: BetterAuthPlugin[];
};

/** Names our cookies (`sticisce.session_token`, with `__Secure-` before it over https). */
export const authCookiePrefix = 'sticisce';

/**
 * better-auth over our tables: e-mail and password only, sessions in the database (so app
 * processes stay stateless), no public sign-up (people are invited or created by an admin).
 * Rate limiting is ours (per account and per address, see auth.usecases.ts).
 */
export function createBetterAuth({ db, secret, publicUrl, onPasswordResetRequested, plugins = [] }: AuthOptions) {
	return betterAuth({
		database: drizzleAdapter(db, { provider: 'pg', schema: { users, sessions, accounts, verifications }, usePlural: true }),
		secret,
		baseURL: publicUrl,
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength,
			revokeSessionsOnPasswordReset: true,
			resetPasswordTokenExpiresIn: 60 * 60,
			sendResetPassword: ({ user, token }) => onPasswordResetRequested({ user, token })
		},
		user: {
			additionalFields: {
				isPlatformAdmin: { type: 'boolean', input: false, defaultValue: false },
				locale: { type: 'string', input: false, defaultValue: 'sl' }
			}
		},
		session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
		rateLimit: { enabled: false },
		advanced: {
			cookiePrefix: authCookiePrefix,
			useSecureCookies: publicUrl.startsWith('https://'),
			database: { generateId: () => randomUUID() }
		},
		telemetry: { enabled: false },
		plugins
	});
}

export type Auth = ReturnType<typeof createBetterAuth>;
