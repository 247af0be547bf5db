// Sessions for tests, minted straight into the database instead of signing in through the form:
// a sign-in costs a password hash check and rate-limit bookkeeping, and a test of a page is no
// test of signing in (tests/http/accounts-flow.test.ts, tests/cli/sign-in-limits.test.ts and
// tests/browser/backoffice-browser.test.ts still sign in through the real form).
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { authCookiePrefix } from '../../src/lib/server/auth/better-auth.ts';
import { sessions } from '../../src/lib/server/auth/auth.table.ts';
import { loadConfig } from '../../src/lib/server/config.ts';
import type { Database } from '../../src/lib/server/db/client.ts';
import { createSettingsRepository } from '../../src/lib/server/settings/settings.repository.ts';
import { randomSecret } from '../../src/lib/server/shared/secrets.ts';

/** The session cookie's name over plain HTTP, as the app under test runs (no `__Secure-` prefix). */
export const sessionCookieName = `${authCookiePrefix}.session_token`;

/** As long as the app's sessions last (better-auth.ts: `session.expiresIn`). */
const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

/**
 * The secret the app signs its cookies with, as it finds it on start (app.ts): AUTH_SECRET, else
 * the one stored in the database, created now if there is none yet (the app then finds this one).
 */
export async function authSecretOf(db: Database): Promise<string> {
	return loadConfig().authSecret ?? (await createSettingsRepository({ db }).getOrCreate('auth_secret', () => randomSecret()));
}

/**
 * better-auth's session cookie for a session token: `token.signature`, the signature the
 * HMAC-SHA256 of the token with the secret in standard base64, the whole URL-encoded (better-call's
 * `signCookieValue`).
 */
export function signedSessionCookie(token: string, secret: string): string {
	const signature = createHmac('sha256', secret).update(token).digest('base64');
	return `${sessionCookieName}=${encodeURIComponent(`${token}.${signature}`)}`;
}

/**
 * A new session of this user, as a sign-in would write it, and its cookie as a Cookie header. The
 * secret is read from the database unless given (the app must find the same one: mint after the
 * database is seeded, or before the app starts).
 */
export async function mintSession(db: Database, userId: string, secret?: string): Promise<string> {
	const token = randomBytes(24).toString('base64url');
	await db.insert(sessions).values({ id: randomUUID(), token, userId, expiresAt: new Date(Date.now() + sessionLifetimeMs), userAgent: 'minted by a test' });
	return signedSessionCookie(token, secret ?? (await authSecretOf(db)));
}

/** A Cookie header as the name and value Playwright's `addCookies` wants, for the app at `url`. */
export function browserCookie(cookie: string, url: string): { name: string; value: string; url: string } {
	const separator = cookie.indexOf('=');
	return { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url };
}
