import { createHash, randomBytes } from 'node:crypto';

/** A random secret for links and tokens: 32 bytes, URL-safe. */
export function randomSecret(prefix = ''): string {
	return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as this hash; a high-entropy secret needs no slow hash. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
