import { declaredByModules } from '../manifest/manifest.ts';
import { modules } from '../modules.ts';
import { isStorableLine } from '../shared/text.ts';

/*
 * Checks of a request before any route sees it: an address no route could mean, a query
 * parameter no handler should read, a body larger than its route takes. Each answers with a
 * refusal instead of reaching a database query (NUL) or a redirect (`//host`) as a 500.
 */

/** Longer addresses name no page of this site. */
const maxPathLength = 2_048;

/**
 * Whether a path cannot name a page: percent-encoding that is not UTF-8, control characters, an
 * empty segment or a backslash (which browsers read as `//`, the start of another host).
 */
export function isMalformedPath(pathname: string): boolean {
	if (pathname.length > maxPathLength || pathname.includes('//')) return true;
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return true;
	}
	return !isStorableLine(decoded) || decoded.includes('\\') || decoded.includes('//');
}

const decodeQueryPart = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));

/** The name of the first query parameter that is not UTF-8 or holds control characters, if any. */
export function malformedQueryParameter(search: string): string | undefined {
	for (const pair of search.replace(/^\?/, '').split('&')) {
		const separator = pair.indexOf('=');
		const [rawName, rawValue] = separator === -1 ? [pair, ''] : [pair.slice(0, separator), pair.slice(separator + 1)];
		let name: string;
		try {
			name = decodeQueryPart(rawName);
			if (isStorableLine(name) && isStorableLine(decodeQueryPart(rawValue))) continue;
		} catch {
			return rawName;
		}
		return isStorableLine(name) ? name : rawName;
	}
	return undefined;
}

const kilobyte = 1_024;
const megabyte = 1_024 * kilobyte;

/** What a JSON API request may send: far more than any record of this API needs. */
export const apiBodyLimit = megabyte;
/** What a form may send: its fields at their maximum lengths, percent-encoded. */
export const formBodyLimit = 256 * kilobyte;

/** Routes that take more than a form or an API call, as their modules declare. */
const bodyLimitByRoute = declaredByModules(modules, (manifest) => manifest.bodyLimits, 'body limit');

export function bodyLimitFor(routeId: string | null): number {
	if (routeId && routeId in bodyLimitByRoute) return bodyLimitByRoute[routeId]!;
	return routeId?.startsWith('/api/') ? apiBodyLimit : formBodyLimit;
}

/**
 * Whether a request's body is larger than `limit` bytes. A declared length is enough: the server
 * never reads past it. A chunked body is counted on a copy, up to the limit; the route then reads
 * the original, which keeps what the copy read.
 */
export async function bodyExceeds(request: Request, limit: number): Promise<boolean> {
	const declared = request.headers.get('content-length');
	if (declared !== null) return Number(declared) > limit;
	if (!request.body) return false;
	const reader = request.clone().body!.getReader();
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return false;
		size += value.byteLength;
		if (size > limit) {
			// not awaited: a branch of a tee settles its cancel only once the other branch cancels too
			void reader.cancel();
			return true;
		}
	}
}

/** A byte count as people read it: `256 KB`, `1 MB`. */
export const formatBytes = (bytes: number) => (bytes >= megabyte ? `${Math.round(bytes / megabyte)} MB` : `${Math.round(bytes / kilobyte)} KB`);
