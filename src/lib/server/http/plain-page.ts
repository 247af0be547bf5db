import { m } from '#lib/paraglide/messages.js';
import { baseLocale, locales } from '#lib/paraglide/runtime.js';

type Locale = (typeof locales)[number];

/** The language of an address (`/en/…`), read from the path alone: it may not be one the app could route. */
export function localeOfPath(pathname: string): Locale {
	return locales.find((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)) ?? baseLocale;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * A page of a title and a sentence, for refusals made before SvelteKit renders anything (the
 * address or the body is refused): in the language of the address, with a link home.
 */
export function plainPage({ status, locale, title, body }: { status: number; locale: Locale; title: string; body: string }): Response {
	const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – ${escapeHtml(m.site_name({}, { locale }))}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="${locale === baseLocale ? '/' : `/${locale}`}">${escapeHtml(m.error_go_home({}, { locale }))}</a></p>
</main>
</body>
</html>
`;
	return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
