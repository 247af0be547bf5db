import type { Locale } from '../../../shared/locale.ts';
import { localHref } from '../../../shared/links.ts';
import { buildFile } from '../../projects/report/build-files.ts';
import { printPdf } from '../../projects/report/pdf-printer.ts';

/**
 * The certificate page of a person's link printed to PDF by the app's Chromium printer (the one the
 * project report uses), the page fetched in process through the request's `fetch`.
 */
export function printCertificatePdf({
	origin,
	token,
	locale,
	fetch
}: {
	origin: string;
	token: string;
	locale: Locale;
	fetch: typeof globalThis.fetch;
}): Promise<Buffer> {
	const page = new URL(localHref(`/certificates/${token}`, { locale }), origin);
	return printPdf(page.href, async (address) => (await buildFile(new URL(address).pathname)) ?? fetch(address, { credentials: 'omit' }));
}
