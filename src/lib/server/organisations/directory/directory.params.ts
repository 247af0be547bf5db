import { directoryQuerySchema, type DirectoryQuery } from '../organisations.schemas.ts';

const directoryKeys = Object.keys(directoryQuerySchema.shape);

/**
 * The directory's parameters as a query string carries them. Empty ones are left out: a form
 * sends an empty search box as `q=`, and `?q=&region=` means no search and no region.
 */
export function directoryParams(searchParams: URLSearchParams): Record<string, string> {
	return Object.fromEntries(
		directoryKeys.flatMap((key) => {
			const value = searchParams.get(key)?.trim();
			return value ? [[key, value]] : [];
		})
	);
}

/**
 * For pages: the query with invalid parameters left out, so that an old or mistyped link still
 * shows the directory (the API answers 400 instead).
 */
export function lenientDirectoryQuery(searchParams: URLSearchParams): DirectoryQuery {
	const params = directoryParams(searchParams);
	const parsed = directoryQuerySchema.safeParse(params);
	if (parsed.success) return parsed.data;
	const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
	return directoryQuerySchema.parse(Object.fromEntries(Object.entries(params).filter(([key]) => !invalid.has(key))));
}
