import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { apiError, errorToResponse, methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { exportAttendance } from '#lib/server/activities/exports/attendance.export.ts';
import { defaultPeriod, exportOptionsOf, fileResponse, isActivityExportFormat } from '#lib/server/activities/exports/export-response.ts';

/** The attendance of every space's activities held in a period (`from`, `to`; this year by default), for platform admins. */
export const GET: RequestHandler = async ({ url, params, locals }) => {
	if (!isActivityExportFormat(params.format)) return apiError(404, 'not_found', 'Attendance is exported as .csv or .xlsx.');
	try {
		const { db } = await getApp();
		const { locale, flavour } = exportOptionsOf(url);
		const period = defaultPeriod();
		const from = url.searchParams.get('from') || period.from;
		const to = url.searchParams.get('to') || period.to;
		const file = await exportAttendance({ db, actor: locals.actor, scope: { kind: 'platform', from, to }, format: params.format, locale, flavour });
		return fileResponse(file, params.format);
	} catch (error) {
		return errorToResponse(error);
	}
};

export const fallback: RequestHandler = methodNotAllowed(['GET']);
