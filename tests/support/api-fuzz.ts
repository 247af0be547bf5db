import fc from 'fast-check';

/*
 * Requests for a fuzz of the API, generated from its OpenAPI document: for every operation,
 * path and query parameters and bodies that mostly follow the schema, with values swapped for
 * wrong types, huge and empty texts, unicode edge cases, NUL, SQL and path metacharacters.
 */

type JsonSchema = {
	$ref?: string;
	type?: string | string[];
	enum?: unknown[];
	const?: unknown;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	format?: string;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	items?: JsonSchema;
	maxItems?: number;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	default?: unknown;
	example?: unknown;
};

type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } };
export type OpenApiDocument = {
	servers: { url: string }[];
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, JsonSchema> };
};

/** `operation` names what the request fuzzes, for the tally of answers. */
export type FuzzRequest = { operation: string; method: string; path: string; contentType?: string; body?: string };

/** Characters PostgreSQL cannot store, or that no one types. */
const unstorableTexts = ['\u0000', 'a\u0000b', 'Zavod Tri\u0000', '\u0007\u001b[31m', '\ud800', 'a\udfffb', '\ud83d', 'x\u007f'];

/** Other texts that have broken servers: each is a test of its own. */
const nastyTexts = [
	'',
	' ',
	'\u202eevil\u202c',
	'שלום עולם',
	'e\u0301\u0301\u0301\u0301',
	'👩🏽‍🚀🇸🇮',
	'\ufeff',
	'\u0085\u2028\u2029',
	"' OR '1'='1",
	'"; DROP TABLE organisations; --',
	'%',
	'%00',
	'%E0%A4%A',
	'../../../etc/passwd',
	'..\\..\\windows',
	'//evil.example',
	'<script>alert(1)</script>',
	'${7*7}{{7*7}}',
	'\r\nX-Injected: 1',
	'NaN',
	'-1',
	'1e309',
	'00000000-0000-0000-0000-000000000000',
	'a'.repeat(20_001),
	'ž'.repeat(70_000)
];

/** Any UTF-16 code units, lone surrogates and control characters included. */
const anyUnits = fc.string({ unit: fc.nat(0xffff).map((code) => String.fromCharCode(code)), maxLength: 40 });

export const fuzzText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...unstorableTexts) },
	{ weight: 3, arbitrary: fc.constantFrom(...nastyTexts) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
	{ weight: 1, arbitrary: anyUnits }
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(null, true, 0, -1, 2 ** 53, 1e308, -0.5, [], {}, [null], { '': '' }, { __proto__: { x: 1 } }),
	fc.integer(),
	fc.double(),
	fuzzText,
	fc.array(fuzzText, { maxLength: 3 }),
	fc.dictionary(fuzzText, fuzzText, { maxKeys: 3 })
);

/** A value as a query parameter: a wrong type goes as its JSON (an object may have its own `toString`). */
const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

const percent = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A path segment; a lone surrogate is sent as the three bytes it would have in UTF-8, which are no UTF-8. */
export const encodeSegment = (text: string) =>
	Array.from(text, (char) => {
		const code = char.charCodeAt(0);
		if (char.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
		return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)].map(percent).join('');
	}).join('');

/** Values that name something that exists, per path parameter: the odd part of a request should be elsewhere too. */
export type KnownValues = { slugs: string[]; ids: string[] };

export function createFuzz(document: OpenApiDocument, known: KnownValues) {
	const resolve = (schema: JsonSchema): JsonSchema => (schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').at(-1)!]!) : schema);

	/**
	 * A value that follows the schema, or (`mutate`) one that follows it but in one place: a
	 * wrong type, or a text of the fuzz. One place at a time, so that the rest of the value passes
	 * validation and the odd part reaches the handler, the use case and the database.
	 */
	function valueOf(raw: JsonSchema, mutate: boolean): fc.Arbitrary<unknown> {
		const schema = resolve(raw);
		const follows = followingValue(schema, mutate);
		return mutate ? fc.oneof({ weight: 4, arbitrary: follows }, { weight: 1, arbitrary: wrongType }) : follows;
	}

	function followingValue(schema: JsonSchema, mutate: boolean): fc.Arbitrary<unknown> {
		const alternatives = schema.anyOf ?? schema.oneOf;
		if (alternatives) return fc.oneof(...alternatives.map((alternative) => valueOf(alternative, mutate)));
		if (schema.allOf) return valueOf(schema.allOf[0]!, mutate);
		if (schema.enum) return mutate ? fuzzText : fc.constantFrom(...schema.enum);
		if (schema.const !== undefined) return mutate ? fuzzText : fc.constant(schema.const);
		const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'string'];
		return fc.oneof(...types.map((type) => valueOfType(type, schema, mutate)));
	}

	function valueOfType(type: string, schema: JsonSchema, mutate: boolean): fc.Arbitrary<unknown> {
		switch (type) {
			case 'null':
				return fc.constant(null);
			case 'boolean':
				return mutate ? wrongType : fc.boolean();
			case 'integer':
				return mutate
					? fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1.5)
					: fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000_000 });
			case 'number':
				return mutate
					? fc.constantFrom(-1, 1e308, -1e-308, 0.1)
					: fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum, max: schema.maximum });
			case 'array':
				return arrayOf(schema, mutate);
			case 'object':
				return objectOf(schema, mutate);
			default:
				return mutate ? fuzzText : validText(schema);
		}
	}

	function arrayOf(schema: JsonSchema, mutate: boolean): fc.Arbitrary<unknown[]> {
		const items = fc.array(valueOf(schema.items ?? {}, false), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
		if (!mutate) return items;
		return fc.oneof(
			fc.tuple(items, valueOf(schema.items ?? {}, true)).map(([valid, odd]) => [...valid, odd]),
			// past the maximum number of items
			fc.constant(Array.from({ length: Math.min((schema.maxItems ?? 1_000) + 1, 5_000) }, () => 'x'))
		);
	}

	function objectOf(schema: JsonSchema, mutate: boolean): fc.Arbitrary<Record<string, unknown>> {
		const properties = schema.properties ?? {};
		const requiredKeys = (schema.required ?? []).filter((key) => key in properties);
		const model = (odd?: string) => Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueOf(property, key === odd)]));
		const keys = Object.keys(properties);
		if (!mutate || keys.length === 0) return fc.record(model(), { requiredKeys });
		return fc.constantFrom(...keys).chain((odd) => fc.record(model(odd), { requiredKeys: [...requiredKeys.filter((key) => key !== odd), odd] }));
	}

	function validText(schema: JsonSchema): fc.Arbitrary<string> {
		if (typeof schema.example === 'string') return fc.constant(schema.example);
		if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known.ids), fc.uuid());
		if (schema.format === 'email') return fc.constantFrom('ana@example.si', 'Nina.Novak@Društvo.si', 'a@b.co');
		if (schema.format === 'uri') return fc.constantFrom('https://example.si', 'http://grozd.si/o-nas?x=1');
		if (schema.format === 'date') return fc.constantFrom('2024-02-29', '2023-09-30', '1999-12-31');
		if (schema.pattern) {
			try {
				return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= (schema.maxLength ?? 100));
			} catch {
				// a pattern in a syntax JavaScript does not read: ordinary text instead
			}
		}
		return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
	}

	const pathValue = (parameter: Parameter) =>
		fc.oneof(
			{ weight: 1, arbitrary: validText(resolve(parameter.schema)) },
			{ weight: 4, arbitrary: fc.constantFrom(...(parameter.name === 'slug' ? known.slugs : known.ids)) },
			{ weight: 2, arbitrary: fuzzText }
		);

	const bodyOf = (method: string, operation: Operation): fc.Arbitrary<Pick<FuzzRequest, 'contentType' | 'body'>> => {
		const schema = operation.requestBody?.content['application/json']?.schema;
		const asJson = (value: unknown) => ({ contentType: 'application/json', body: JSON.stringify(value) ?? 'null' });
		const broken = fc.constantFrom(
			{ contentType: 'application/json', body: '{' },
			{ contentType: 'application/json', body: '' },
			{ contentType: 'application/json', body: '['.repeat(100_000) },
			{ contentType: 'application/json', body: '"\\u0000"' },
			{ contentType: 'text/plain', body: '{}' },
			{ contentType: 'application/x-www-form-urlencoded', body: 'name=%00' }
		);
		if (method === 'get') return fc.constant({});
		if (!schema) return fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: broken });
		return fc.oneof(
			{ weight: 2, arbitrary: valueOf(schema, false).map(asJson) },
			{ weight: 6, arbitrary: valueOf(schema, true).map(asJson) },
			{ weight: 1, arbitrary: wrongType.map(asJson) },
			{ weight: 1, arbitrary: broken }
		);
	};

	/** Requests for one operation of the document. */
	function requestsFor(path: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
		const parameters = operation.parameters ?? [];
		const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
		const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
		const pathModel = Object.fromEntries(pathParameters.map((parameter) => [parameter.name, pathValue(parameter)]));
		// the query as an object of optional properties: valid, or valid but in one parameter
		const querySchema = { properties: Object.fromEntries(queryParameters.map((parameter) => [parameter.name, parameter.schema])) };
		const query = fc.oneof(objectOf(querySchema, false), objectOf(querySchema, true));
		return fc.record({ pathValues: fc.record(pathModel), query, body: bodyOf(method, operation) }).map(({ pathValues, query, body }) => {
			const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(asText(pathValues[name])));
			const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, asText(value)])).toString();
			const address = `${document.servers[0]!.url}${filled}${search ? `?${search}` : ''}`;
			return { operation: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path: address, ...body };
		});
	}

	/** Every operation of the document with its requests. */
	const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
		Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, requests: requestsFor(path, method, operation) }))
	);

	return { operations };
}

/** Addresses no route could mean, and pages with fuzzed segments and query parameters. */
export function pageRequests(known: KnownValues): fc.Arbitrary<FuzzRequest> {
	const segment = fc.oneof(fc.constantFrom(...known.slugs, ...known.ids), fuzzText).map(encodeSegment);
	const page = fc.oneof(
		segment.map((value) => `/spaces/${value}`),
		segment.map((value) => `/organisations/${value}`),
		segment.map((value) => `/organisations/${value}/logo`),
		segment.map((value) => `/app/setup/${value}`),
		segment.map((value) => `/app/invitations/${value}`),
		segment.map((value) => `/app/reset-password/${value}`),
		segment.map((value) => `/app/people/${value}`),
		segment.map((value) => `/app/spaces/${value}/profile`),
		segment.map((value) => `/en/spaces/${value}`),
		fc.constantFrom('/', '/en', '/spaces', '/organisations', '/organisations/export', '/app/sign-in', '/app/people', '/app/audit')
	);
	const query = fc.dictionary(fc.constantFrom('q', 'page', 'pageSize', 'region', 'field', 'space', 'next', 'keep', 'format'), fuzzText, { maxKeys: 3 });
	return fc.tuple(page, query).map(([path, parameters]) => {
		const search = new URLSearchParams(parameters).toString();
		return { operation: 'page', method: 'GET', path: `${path}${search ? `?${search}` : ''}` };
	});
}
