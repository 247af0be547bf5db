import { json } from '../api/openapi-parts.ts';
import './fields.schemas.ts';

/** The fields of work, read by anyone. */
export const fieldPaths = {
	'/fields': {
		get: {
			operationId: 'listFields',
			summary: 'The fields of work (those of public-interest status), in their order',
			tags: ['organisations'],
			responses: {
				'200': { description: 'All fields of work.', content: json('FieldList') }
			}
		}
	}
};
