import { z } from 'zod';
import { modules } from '../modules.ts';
import '../api/api.schemas.ts';
import { withHttpConventions } from '../api/http-conventions.openapi.ts';

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

/** The paths every module declares in its manifest. */
function modulePaths(): Record<string, unknown> {
	return withHttpConventions(Object.assign({}, ...modules.map((module) => module.openApiPaths ?? {})));
}

export function buildOpenApiDocument(version: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Stičišče API',
			version,
			description:
				'Public and back-office API of Stičišče. Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`. ' +
				'A single resource carries an `ETag`; send it as `If-Match` with a change, so that a change made meanwhile is never overwritten (412). ' +
				'A POST may carry an `Idempotency-Key` to be retried safely; `null` in a PATCH clears a field.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/api/v1' }],
		paths: modulePaths(),
		components: {
			schemas: componentSchemas(),
			securitySchemes: {
				bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`stc_…`) from the back office or the CLI.' }
			}
		}
	};
}
