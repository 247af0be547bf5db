import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { buildOpenApiDocument } from '#lib/server/http/openapi-document.ts';
import { methodNotAllowed } from '#lib/server/http/api-responses.ts';
import { version } from '#lib/server/version.ts';

export const GET: RequestHandler = () => json(buildOpenApiDocument(version));

export const fallback: RequestHandler = methodNotAllowed(['GET']);
