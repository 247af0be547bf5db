import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { plainPage } from '#lib/server/http/plain-page.ts';
import { projectIdBySlug } from '#lib/server/projects/cover/project-cover.usecases.ts';
import { buildFile } from '#lib/server/projects/report/build-files.ts';
import { printPdf, PrinterUnavailable, PrintTimedOut } from '#lib/server/projects/report/pdf-printer.ts';
import { reportFileName } from '#lib/server/projects/report/project-report-files.usecases.ts';
import { localHref } from '#lib/shared/links.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/**
 * The project's page printed by Chromium to a tagged PDF, in the reader's language. The browser
 * gets the page from this request's own `fetch`, which SvelteKit answers in process: no route to
 * the public address is needed (behind a proxy there may be none, or it would go out and back in
 * through the proxy), and `credentials: 'omit'` prints the public page whoever asks. The build's
 * stylesheets, which adapter-node rather than SvelteKit serves, are read from disk.
 */
export const GET: RequestHandler = async ({ params, locals, url, fetch }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	await projectIdBySlug({ db, space, slug: params.project }).catch(rethrowForPage);
	const locale = getLocale();
	const page = new URL(localHref(`/spaces/${space.slug}/projects/${params.project}`, { locale }), url.origin);
	try {
		const pdf = await printPdf(page.href, async (address) => (await buildFile(new URL(address).pathname)) ?? fetch(address, { credentials: 'omit' }));
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${reportFileName(params.project, locale, 'pdf')}"`,
				'content-length': String(pdf.byteLength),
				'cache-control': 'no-cache'
			}
		});
	} catch (error) {
		if (!(error instanceof PrinterUnavailable || error instanceof PrintTimedOut)) throw error;
		const body = error instanceof PrinterUnavailable ? m.project_report_pdf_failed_body() : m.project_report_pdf_busy_body();
		return plainPage({ status: 503, locale, title: m.project_report_pdf_failed_title(), body });
	}
};
