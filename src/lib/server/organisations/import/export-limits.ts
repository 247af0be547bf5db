import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { countAttempt } from '../../rate-limit/rate-limit.usecases.ts';
import type { DirectoryFilter } from '../directory/directory.filters.ts';
import { exportBusy, exportRateLimited } from './export.errors.ts';
import { exportOrganisations, type CsvFlavour } from './export.usecases.ts';
import type { FileFormat } from './read-file.ts';

type Allowance = {
	/** Exports running at once in this process: a full export keeps a core busy for seconds. */
	running: number;
	/** Exports started per window, counted in the database so that every app process shares them. */
	perWindow: number;
	windowSeconds: number;
};

/** The public may export, but never so much that the pages of others slow down; staff a little more. */
export const exportAllowances = {
	anonymous: { running: 2, perWindow: 20, windowSeconds: 600 },
	signedIn: { running: 4, perWindow: 100, windowSeconds: 600 }
} as const satisfies Record<string, Allowance>;

type AllowanceName = keyof typeof exportAllowances;

/** When a busy process most likely has a free place again (a full export takes a few seconds). */
const busyRetryAfterSeconds = 10;

/**
 * A reader that takes nothing for this long gives up its place: otherwise two visitors reading
 * deliberately slowly would hold every anonymous place for as long as they like.
 */
export const stalledExportMs = 30_000;

const runningNow: Record<AllowanceName, number> = { anonymous: 0, signedIn: 0 };

/** Who asks for the export: signed-in people are limited per account, everyone else per address. */
function allowanceOf(actor: Actor, address: string): { name: AllowanceName; key: string } {
	if (actor.kind === 'session' || actor.kind === 'token') return { name: 'signedIn', key: `export:user:${actor.userId}` };
	return { name: 'anonymous', key: `export:address:${address}` };
}

/**
 * The directory's export for whoever asks over HTTP, within their allowance: refused with
 * `export_busy` when this process runs as many as it may, with `export_rate_limited` past the
 * window's count. What is exported is what the public directory shows (`exportAs`).
 */
export async function exportWithinLimits({
	db,
	requester,
	exportAs,
	filter,
	format,
	flavour = 'standard',
	stallMs = stalledExportMs
}: {
	db: Database;
	requester: { actor: Actor; address: string };
	exportAs: Actor;
	filter: DirectoryFilter;
	format: FileFormat;
	flavour?: CsvFlavour;
	stallMs?: number;
}): Promise<ReadableStream<Uint8Array>> {
	const { name, key } = allowanceOf(requester.actor, requester.address);
	const allowance = exportAllowances[name];
	// the place is taken before the counter is asked, so no two requests both see one free
	if (runningNow[name] >= allowance.running) throw exportBusy(busyRetryAfterSeconds);
	runningNow[name]++;
	const release = () => runningNow[name]--;
	try {
		const attempt = await countAttempt({ db, limits: [{ key, max: allowance.perWindow, windowSeconds: allowance.windowSeconds }] });
		if (!attempt.allowed) throw exportRateLimited(attempt.retryAfterSeconds);
		return releasedWhenDone(exportOrganisations({ db, actor: exportAs, filter, format, flavour }), release, stallMs);
	} catch (error) {
		release();
		throw error;
	}
}

/**
 * The stream as it is, with `release` called once when it ends, fails, its reader goes away, or
 * its reader takes nothing for `stallMs` (then the download is cut off).
 */
function releasedWhenDone(stream: ReadableStream<Uint8Array>, release: () => void, stallMs: number): ReadableStream<Uint8Array> {
	let released = false;
	let stallTimer: ReturnType<typeof setTimeout> | undefined;
	const releaseOnce = () => {
		clearTimeout(stallTimer);
		if (released) return;
		released = true;
		release();
	};
	const reader = stream.getReader();
	return new ReadableStream<Uint8Array>(
		{
			start(controller) {
				// the first read is waited for as long as any other
				stallTimer = setTimeout(() => stall(controller), stallMs);
			},
			async pull(controller) {
				clearTimeout(stallTimer);
				try {
					const { done, value } = await reader.read();
					if (done) {
						releaseOnce();
						controller.close();
					} else {
						controller.enqueue(value);
						stallTimer = setTimeout(() => stall(controller), stallMs);
					}
				} catch (error) {
					releaseOnce();
					controller.error(error);
				}
			},
			async cancel(reason) {
				releaseOnce();
				await reader.cancel(reason);
			}
		},
		{ highWaterMark: 0 }
	);

	function stall(controller: ReadableStreamDefaultController<Uint8Array>) {
		releaseOnce();
		controller.error(new Error(`The export was not read for ${stallMs} ms`));
		void reader.cancel().catch(() => {});
	}
}
