import type { Duplex, Readable, Writable } from 'node:stream';
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

/**
 * `COPY … TO STDOUT` into a stream (through transforms). postgres.js 3.4 pauses its socket when a
 * chunk of COPY data fills the stream's buffer and resumes it only from the stream's `read()`;
 * when the end of the COPY came in that same chunk, nothing reads again and the next query would
 * wait forever (seen on a 30,000-row table, now and then). Calling that `read()` once more after
 * the end resumes the socket.
 */
export async function copyTo(sql: Sql, statement: string, ...streams: [...Duplex[], Writable]): Promise<void> {
	const copy = (await sql.unsafe(statement).readable()) as Readable & { _read: (size: number) => void };
	await pipeline([copy, ...streams]);
	copy._read(0);
}
