import { errorResponse } from '../../api/openapi-parts.ts';
import { slugParameter } from '../../spaces/spaces.openapi.ts';

const projectParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The id of the project.' };
const iatiXml = (description: string) => ({
	description,
	content: { 'application/xml': { schema: { type: 'string', description: 'An `iati-activities` document, IATI standard 2.03.' } } }
});

/** The IATI 2.03 activity exports: projects are addressed under their space, like the rest of the projects API. */
export const iatiPaths = {
	'/spaces/{slug}/iati.xml': {
		get: {
			operationId: 'exportSpaceIati',
			summary: "The space's projects as IATI 2.03 activities, the space as reporting organisation; valid against the official schema",
			tags: ['projects'],
			parameters: [slugParameter],
			responses: {
				'200': iatiXml(
					'One `iati-activity` per project whose period is known (IATI requires a date): participating organisations with their roles, status and dates, budget, transactions and results where known.'
				),
				'404': errorResponse('No space has this slug (`space_not_found`).'),
				'409': errorResponse('No project of the space has a known period, and IATI requires a dated activity (`iati_no_dated_project`).')
			}
		}
	},
	'/spaces/{slug}/projects/{id}/iati.xml': {
		get: {
			operationId: 'exportProjectIati',
			summary: 'One project as an IATI 2.03 activity, the space as reporting organisation',
			tags: ['projects'],
			parameters: [slugParameter, projectParameter],
			responses: {
				'200': iatiXml('An `iati-activities` document holding the project.'),
				'404': errorResponse('No such space or project (`space_not_found`, `project_not_found`).'),
				'409': errorResponse('The project has neither a start nor an end, and IATI requires a date (`project_period_unknown`).')
			}
		}
	}
};
