import { localizeHref } from '../paraglide/runtime.js';

/**
 * An address on this site in the current (or given) language. `/` in English is `/en`, not
 * `/en/`, which the server would only redirect.
 */
export function localHref(path: string, options?: { locale?: 'sl' | 'en' }): string {
	const href = localizeHref(path, options);
	return href.length > 1 && href.endsWith('/') ? href.slice(0, -1) : href;
}
