import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { docxContentType, projectReportDocument } from '#lib/server/projects/report/project-report-files.usecases.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The project's report for its financer as a Word document, in the reader's language. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const { content, fileName } = await projectReportDocument({ db, actor: locals.actor, space, slug: params.project, locale: getLocale() }).catch(
		rethrowForPage
	);
	return new Response(new Uint8Array(content), {
		headers: {
			'content-type': docxContentType,
			'content-disposition': `attachment; filename="${fileName}"`,
			'content-length': String(content.byteLength),
			'cache-control': 'no-cache'
		}
	});
};
