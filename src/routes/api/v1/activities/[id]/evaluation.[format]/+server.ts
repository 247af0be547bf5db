import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { apiError, errorToResponse, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { exportEvaluation } from '#lib/server/activities/exports/evaluation.export.ts';
import { exportOptionsOf, fileResponse, isActivityExportFormat } from '#lib/server/activities/exports/export-response.ts';

/** One activity's evaluation answers as CSV or XLSX, for its space's admins and staff; anonymous ones without names. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	if (!isActivityExportFormat(params.format)) return apiError(404, 'not_found', 'Evaluation answers are exported as .csv or .xlsx.');
	try {
		const { db } = await getApp();
		const { locale, flavour } = exportOptionsOf(url);
		const file = await exportEvaluation({ db, actor: locals.actor, activityId: params.id, format: params.format, locale, flavour });
		return fileResponse(file, params.format);
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET']);
