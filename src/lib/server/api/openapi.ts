import { z } from 'zod';
import { slugSchema } from '../spaces/spaces.schemas.ts';
import './api.schemas.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ 'application/json': { schema: ref(id) } });
const errorResponse = (description: string) => ({ description, content: json('Error') });

/** Every schema registered with an `id`, as OpenAPI components, converted from the zod schemas. */
function componentSchemas(): Record<string, unknown> {
	const { schemas } = z.toJSONSchema(z.globalRegistry, {
		target: 'draft-2020-12',
		io: 'output',
		uri: (id) => `#/components/schemas/${id}`
	});
	return Object.fromEntries(
		Object.entries(schemas).map(([id, schema]) => {
			const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
			return [id, rest];
		})
	);
}

export function buildOpenApiDocument(version: string) {
	const slugParameter = {
		name: 'slug',
		in: 'path',
		required: true,
		schema: z.toJSONSchema(slugSchema, { target: 'draft-2020-12' })
	};
	return {
		openapi: '3.1.0',
		info: {
			title: 'Stičišče API',
			version,
			description: 'Public and back-office API of Stičišče. Errors are JSON with a stable `code`.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/api/v1' }],
		paths: {
			'/spaces': {
				get: {
					operationId: 'listSpaces',
					summary: 'List the spaces (hubs, networks) on this platform',
					tags: ['spaces'],
					responses: { '200': { description: 'All spaces, ordered by slug.', content: json('SpaceList') } }
				}
			},
			'/spaces/{slug}': {
				get: {
					operationId: 'getSpace',
					summary: 'One space with its whole profile',
					tags: ['spaces'],
					parameters: [slugParameter],
					responses: {
						'200': { description: 'The space.', content: json('Space') },
						'404': errorResponse('No space has this slug (`space_not_found`).')
					}
				}
			}
		},
		components: { schemas: componentSchemas() }
	};
}
