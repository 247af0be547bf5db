import type { DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { createBetterAuth, type PasswordResetRequest } from '../../src/lib/server/auth/better-auth.ts';

/** better-auth on a test database; reset requests are collected instead of mailed. */
export function createTestAuth(database: DatabaseHandle) {
	const resetRequests: PasswordResetRequest[] = [];
	const auth = createBetterAuth({
		db: database.db,
		secret: 'test-secret-that-is-long-enough-0123456789',
		publicUrl: 'http://localhost:3000',
		onPasswordResetRequested: async (request) => {
			resetRequests.push(request);
		}
	});
	return { auth, resetRequests };
}

/** The session cookie of a sign-in response, as a Cookie header. */
export function sessionCookieOf(headers: Headers): string {
	return headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0]!)
		.join('; ');
}
