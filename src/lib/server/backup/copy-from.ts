import type { Duplex, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from './catalog.ts';

type WatchedQuery = ReturnType<Sql['unsafe']> & { reject: (error: unknown) => void };

/**
 * `COPY … FROM STDIN` fed from a stream (through transforms). postgres.js 3.4 never finishes the stream when the server
 * refuses a row after the last chunk went out (its error reaches only the query's `reject`, and
 * the stream's final callback waits forever), so a damaged backup would hang the restore: the
 * query's rejection is watched beside the stream.
 */
export async function copyFrom(sql: Sql, statement: string, ...streams: [Readable, ...Duplex[]]): Promise<void> {
	const query = sql.unsafe(statement) as WatchedQuery;
	const refused = new Promise<never>((_, reject) => {
		const original = query.reject;
		query.reject = (error) => {
			original(error);
			reject(error);
		};
	});
	refused.catch(() => {});
	const copy = await Promise.race([query.writable(), refused]);
	await Promise.race([pipeline([...streams, copy]), refused]);
}
