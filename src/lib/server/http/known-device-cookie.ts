import type { Cookies } from '@sveltejs/kit';
import { knownDeviceCookieName, knownDeviceMaxAgeSeconds } from '../auth/known-device.ts';

/** The known-device token this browser holds for the account it is signing in to, if any. */
export function knownDeviceOf(cookies: Cookies, email: unknown): string | undefined {
	return typeof email === 'string' ? cookies.get(knownDeviceCookieName(email)) : undefined;
}

/** Keeps a known-device token in the browser for a year, readable only by the server. */
export function rememberBrowser(cookies: Cookies, device: { name: string; value: string }, publicUrl: string): void {
	cookies.set(device.name, device.value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		// as the session cookie: plain-HTTP local runs would otherwise never send it back
		secure: publicUrl.startsWith('https://'),
		maxAge: knownDeviceMaxAgeSeconds
	});
}
