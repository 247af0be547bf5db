import { errorResponse } from '../../api/openapi-parts.ts';

const formatParameter = { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: ['csv', 'xlsx'] } };
const activityParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the activity.' };
const spaceParameter = { name: 'slug', in: 'path', required: true, schema: { type: 'string' }, description: "The space's address." };
const fileParameters = [
	{
		name: 'locale',
		in: 'query',
		required: false,
		schema: { type: 'string', enum: ['sl', 'en'] },
		description: "The language of the headings and words (status, yes/no); the request's language by default."
	},
	{
		name: 'flavour',
		in: 'query',
		required: false,
		schema: { type: 'string', enum: ['standard', 'excel-sl'], default: 'standard' },
		description:
			'For CSV: `standard` is comma-separated; `excel-sl` is semicolon-separated, which Excel set to Slovenian opens in columns. Both UTF-8 with a byte order mark.'
	}
];
const periodParameters = [
	{
		name: 'from',
		in: 'query',
		required: false,
		schema: { type: 'string', format: 'date' },
		description: 'First day (Ljubljana time); 1 January of this year by default.'
	},
	{ name: 'to', in: 'query', required: false, schema: { type: 'string', format: 'date' }, description: 'Last day; 31 December of this year by default.' }
];
const file = (description: string) => ({
	description,
	headers: { 'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; with the file name' } },
	content: {
		'text/csv': { schema: { type: 'string' } },
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } }
	}
});
const refusals = {
	'401': errorResponse('Not signed in, or no valid token.'),
	'403': errorResponse('Not allowed (`forbidden`, `token_scope_missing`).')
};
const attendanceRows =
	"One row per registration that is not cancelled: activity, dates of its sessions, the person's name, the organisation represented with its registration number, municipality and region, the status, sessions attended and in all. No e-mail or phone. Streamed as it is read.";

/** Exports of attendance and evaluation answers (issue 13, item 8): the files hub staff hand to financers. */
export const activityExportPaths = {
	'/activities/{id}/attendance.{format}': {
		get: {
			operationId: 'exportActivityAttendance',
			summary: "An activity's attendance list as CSV or XLSX (the space's admins and staff; scope activities:read or read)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [activityParameter, formatParameter, ...fileParameters],
			responses: { '200': file(attendanceRows), ...refusals, '404': errorResponse('No such activity (`activity_not_found`).') }
		}
	},
	'/activities/{id}/evaluation.{format}': {
		get: {
			operationId: 'exportActivityEvaluation',
			summary: "An activity's evaluation answers as CSV or XLSX (the space's admins and staff)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [activityParameter, formatParameter, ...fileParameters],
			responses: {
				'200': file(
					'One row per response, one column per question: ratings as numbers, yes/no as words, choices by their label, text as written. When the evaluation is anonymous, no name, organisation or time, in no particular order.'
				),
				...refusals,
				'404': errorResponse('No such activity (`activity_not_found`).')
			}
		}
	},
	'/spaces/{slug}/activities/attendance.{format}': {
		get: {
			operationId: 'exportSpaceAttendance',
			summary: "The attendance of a space's activities in a period as CSV or XLSX (its admins and staff)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [spaceParameter, formatParameter, ...periodParameters, ...fileParameters],
			responses: {
				'200': file(`${attendanceRows} Activities not cancelled with a session starting in the period, by their first session.`),
				'400': errorResponse('The period is not two dates in order, at most ten years apart (`activity_export_period_invalid`).'),
				...refusals,
				'404': errorResponse('No such space (`space_not_found`).')
			}
		}
	},
	'/activities/attendance.{format}': {
		get: {
			operationId: 'exportPlatformAttendance',
			summary: "The attendance of every space's activities in a period as CSV or XLSX (platform admins)",
			tags: ['activities'],
			security: [{ bearer: [] }],
			parameters: [formatParameter, ...periodParameters, ...fileParameters],
			responses: {
				'200': file(`${attendanceRows} With the space of each activity as the first column.`),
				'400': errorResponse('The period is not two dates in order (`activity_export_period_invalid`).'),
				...refusals
			}
		}
	}
};
