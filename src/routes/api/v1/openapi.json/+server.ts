import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { version } from '#lib/server/version.ts';

export const GET: RequestHandler = () => json(buildOpenApiDocument(version));
