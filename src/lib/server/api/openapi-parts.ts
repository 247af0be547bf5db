/** Pieces every module's OpenAPI paths are written with. */
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
export const json = (id: string) => ({ 'application/json': { schema: ref(id) } });
export const errorResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
