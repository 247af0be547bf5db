import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { exportContentTypes, exportOrganisations } from '#lib/server/organisations/import/export.usecases.ts';
import { directoryQuerySchema } from '#lib/server/organisations/organisations.schemas.ts';
import { anonymous } from '#lib/server/policy/actor.ts';

/**
 * The directory's current result as a file of the import layout: `?format=csv|xlsx` and the
 * directory's own filters (`q`, `region`, `legalForm`, …). Page and page size do not apply.
 */
export const GET: RequestHandler = async ({ url }) => {
	const { db } = await getApp();
	try {
		const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
		const query = Object.fromEntries([...url.searchParams].filter(([name, value]) => name !== 'format' && value !== ''));
		const { page: _page, pageSize: _pageSize, ...filter } = directoryQuerySchema.parse(query);
		// a public page's file: whoever asks gets what the public directory shows, token scopes aside
		const content = await exportOrganisations({ db, actor: anonymous, filter, format });
		return new Response(new Uint8Array(content), {
			headers: {
				'content-type': exportContentTypes[format],
				'content-disposition': `attachment; filename="organisations.${format}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (error) {
		return errorToResponse(error);
	}
};
