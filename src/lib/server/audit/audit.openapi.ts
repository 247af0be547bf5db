import { errorResponse, json } from '../api/openapi-parts.ts';
import { slugParameter } from '../spaces/spaces.openapi.ts';
import './audit.schemas.ts';

/** The audit log of a space. */
export const auditPaths = {
	'/spaces/{slug}/audit': {
		get: {
			operationId: 'getSpaceAudit',
			summary: 'The audit log of a space, newest first (admins of the space; scope audit:read)',
			description:
				'Each entry carries what was recorded (`action`, `before`, `after`, `changedFields`) and the same in plain words (`summary`, `entity.label`, `changes`), in Slovenian; under `/en/api/v1/…` in English.',
			tags: ['audit'],
			security: [{ bearer: [] }],
			parameters: [
				slugParameter,
				{ name: 'person', in: 'query', schema: { type: 'string', format: 'email' } },
				{
					name: 'entity',
					in: 'query',
					schema: { type: 'string' },
					description: 'Kind of record, as in `entity.type`: e.g. `space`, `membership`, `space_member`, `invitation`.'
				},
				{ name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
				{ name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Inclusive.' },
				{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }
			],
			responses: {
				'200': { description: 'One page of entries (50 per page).', content: json('AuditPage') },
				'401': errorResponse('No or an invalid token.'),
				'403': errorResponse('Not allowed.'),
				'404': errorResponse('No space has this slug.')
			}
		}
	}
};
