import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { apiError, errorToResponse, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import {
	exportIndicators,
	indicatorExportFormats,
	indicatorExportTypes,
	type IndicatorExportFormat
} from '#lib/server/projects/indicators/indicators.export.ts';

const isFormat = (format: string): format is IndicatorExportFormat => (indicatorExportFormats as readonly string[]).includes(format);

export const GET: RequestHandler = async ({ params, locals }) => {
	if (!isFormat(params.format)) return apiError(404, 'not_found', 'Indicators are exported as .csv or .xlsx.');
	try {
		const { db } = await getApp();
		const body = await exportIndicators({ db, actor: locals.actor, projectId: params.id, format: params.format });
		return new Response(body, {
			headers: { 'content-type': indicatorExportTypes[params.format], 'content-disposition': `attachment; filename="indicators.${params.format}"` }
		});
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET']);
