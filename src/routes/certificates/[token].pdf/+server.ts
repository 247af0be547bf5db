import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { certificateFileName } from '#lib/server/activities/certificates/certificates.mail.ts';
import { getCertificateByToken } from '#lib/server/activities/certificates/certificates.usecases.ts';
import { printCertificatePdf } from '#lib/server/activities/certificates/certificate-pdf.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { plainPage } from '#lib/server/http/plain-page.ts';
import { PrinterUnavailable, PrintTimedOut } from '#lib/server/projects/report/pdf-printer.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A person's certificate as a PDF: their certificate page printed by Chromium, in the reader's language. */
export const GET: RequestHandler = async ({ params, url, fetch }) => {
	const { db } = await getApp();
	const certificate = await getCertificateByToken({ db, token: params.token }).catch(rethrowForPage);
	const locale = getLocale();
	try {
		const pdf = await printCertificatePdf({ origin: url.origin, token: params.token, locale, fetch });
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${certificateFileName(certificate, locale)}"`,
				'content-length': String(pdf.byteLength),
				'cache-control': 'no-store',
				'referrer-policy': 'same-origin'
			}
		});
	} catch (error) {
		if (!(error instanceof PrinterUnavailable || error instanceof PrintTimedOut)) throw error;
		const body = error instanceof PrinterUnavailable ? m.certificate_pdf_failed_body() : m.certificate_pdf_busy_body();
		return plainPage({ status: 503, locale, title: m.certificate_pdf_failed_title(), body });
	}
};
