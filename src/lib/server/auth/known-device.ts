import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { authCookiePrefix } from './better-auth.ts';

// The OWASP "device cookie": a browser in which someone signed in to an account carries a signed
// token for that account. Failed sign-ins from it count against that browser alone, so strangers
// who lock the account out of every other browser do not lock its owner out of theirs.

export const knownDeviceMaxAgeSeconds = 365 * 86_400;

/** One cookie per account, so that people sharing a computer each keep theirs. */
export function knownDeviceCookieName(email: string): string {
	const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 16);
	return `${authCookiePrefix}.known_device_${account}`;
}

const signature = (secret: string, email: string, nonce: string) => createHmac('sha256', secret).update(`known-device:${email}:${nonce}`).digest('base64url');

/** A new token for this account and browser: `<nonce>.<signature>`. */
export function issueKnownDevice({ secret, email }: { secret: string; email: string }): { name: string; value: string } {
	const nonce = randomBytes(16).toString('base64url');
	return { name: knownDeviceCookieName(email), value: `${nonce}.${signature(secret, email, nonce)}` };
}

/** The browser's own id (its nonce) when the token was signed by us for this account, else undefined. */
export function verifyKnownDevice({ secret, email, value }: { secret: string; email: string; value: string | undefined }): string | undefined {
	const [nonce, signed, ...rest] = (value ?? '').split('.');
	if (!nonce || !signed || rest.length > 0) return undefined;
	const expected = Buffer.from(signature(secret, email, nonce));
	const given = Buffer.from(signed);
	return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : undefined;
}
