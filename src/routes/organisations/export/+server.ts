import type { RequestHandler } from './$types';
import { errorMessage } from '#lib/shared/error-messages.ts';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { exportWithinLimits } from '#lib/server/organisations/import/export-limits.ts';
import { csvFlavours, exportContentTypes, type CsvFlavour } from '#lib/server/organisations/import/export.usecases.ts';
import { directoryQuerySchema } from '#lib/server/organisations/organisations.schemas.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { isAppError, type AppError } from '#lib/server/shared/errors.ts';

/**
 * The directory's current result as a file of the import layout: `?format=csv|xlsx`, for CSV
 * `&flavour=excel-sl` (`;`-separated, what Excel set to Slovenian opens in columns; the default
 * `standard` is comma-separated), and the directory's own filters (`q`, `region`, `legalForm`, …). Page and page size do not apply. The
 * file is streamed as it is read; too many exports at once or in a short time are refused (429,
 * `Retry-After`, in the visitor's language).
 */
export const GET: RequestHandler = async ({ url, locals, getClientAddress }) => {
	const { db } = await getApp();
	try {
		const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
		const flavourParameter = url.searchParams.get('flavour') ?? 'standard';
		const flavour: CsvFlavour = (csvFlavours as readonly string[]).includes(flavourParameter) ? (flavourParameter as CsvFlavour) : 'standard';
		const query = Object.fromEntries([...url.searchParams].filter(([name, value]) => name !== 'format' && name !== 'flavour' && value !== ''));
		const { page: _page, pageSize: _pageSize, ...filter } = directoryQuerySchema.parse(query);
		// a public page's file: whoever asks gets what the public directory shows, token scopes aside
		const body = await exportWithinLimits({
			db,
			requester: { actor: locals.actor, address: getClientAddress() },
			exportAs: anonymous,
			filter,
			format,
			flavour
		});
		return new Response(body, {
			headers: {
				'content-type': exportContentTypes[format],
				'content-disposition': `attachment; filename="organisations.${format}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (error) {
		if (isAppError(error) && error.kind === 'rate_limited') return refusal(error);
		return errorToResponse(error);
	}
};

/** A refused export: the problem body of the API, its message in the visitor's language. */
function refusal(error: AppError): Response {
	const details = error.details ?? {};
	return new Response(JSON.stringify({ code: error.code, message: errorMessage(error.code, details), details }), {
		status: 429,
		headers: { 'content-type': 'application/json', 'retry-after': String(details.retryAfterSeconds ?? 60), 'cache-control': 'no-store' }
	});
}
