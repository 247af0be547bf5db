import { access, statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client.ts';
import { rowsOf } from './rows.ts';

export type HealthLimits = {
	/** The database must answer within this; a slower answer is as bad as none to a load balancer. */
	databaseTimeoutMs: number;
	/** Below this, PostgreSQL and uploads are about to fail: better to say so before they do. */
	minFreeDiskBytes: number;
};

export const healthLimits: HealthLimits = { databaseTimeoutMs: 2000, minFreeDiskBytes: 256 * 1024 * 1024 };

type Check = { status: 'ok' | 'failing'; message?: string };
export type Health = {
	status: 'ok' | 'failing';
	database: DatabaseHandle['kind'];
	version?: string;
	checks: {
		database: Check & { milliseconds?: number };
		disk: Check & { freeBytes?: number };
	};
};

/**
 * Whether this process can serve: the database answers in time and the data directory's disk has
 * room. Each check says what failed, so whoever is woken at night knows where to look.
 */
export async function checkHealth(database: DatabaseHandle, dataDir: string, limits = healthLimits): Promise<Health> {
	const [databaseCheck, diskCheck] = await Promise.all([checkDatabase(database, limits.databaseTimeoutMs), checkDisk(dataDir, limits.minFreeDiskBytes)]);
	const { version, ...databaseResult } = databaseCheck;
	const failing = databaseResult.status === 'failing' || diskCheck.status === 'failing';
	return {
		status: failing ? 'failing' : 'ok',
		database: database.kind,
		...(version ? { version } : {}),
		checks: { database: databaseResult, disk: diskCheck }
	};
}

async function checkDatabase(database: DatabaseHandle, databaseTimeoutMs: number) {
	const started = performance.now();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${databaseTimeoutMs} ms`)), databaseTimeoutMs);
	});
	try {
		const result = await Promise.race([database.db.execute(sql`select current_setting('server_version') as version`), timeout]);
		const [row] = rowsOf<{ version: string }>(result);
		// "18.4" or "15.20 (Debian 15.20-0+deb12u1)": the number is what people compare
		const version = row!.version.split(' ')[0]!;
		return { status: 'ok' as const, milliseconds: Math.round(performance.now() - started), version };
	} catch (error) {
		return { status: 'failing' as const, message: `The database does not answer: ${(error as Error).message}.`, version: undefined };
	} finally {
		clearTimeout(timer);
	}
}

async function checkDisk(dataDir: string, minFreeDiskBytes: number): Promise<Health['checks']['disk']> {
	try {
		const disk = await statfs(await nearestExisting(dataDir));
		const freeBytes = disk.bavail * disk.bsize;
		if (freeBytes >= minFreeDiskBytes) return { status: 'ok', freeBytes };
		const megabytes = (bytes: number) => Math.floor(bytes / 1024 / 1024);
		return {
			status: 'failing',
			freeBytes,
			message: `The disk of the data directory has ${megabytes(freeBytes)} MB free (at least ${megabytes(minFreeDiskBytes)} MB needed).`
		};
	} catch (error) {
		return { status: 'failing', message: `The data directory cannot be checked: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` };
	}
}

/**
 * The data directory, or the folder it will be created in: on an external PostgreSQL server
 * nothing may have been written to it yet (mail goes there only without SMTP).
 */
async function nearestExisting(path: string): Promise<string> {
	for (let current = resolve(path); ; current = dirname(current)) {
		try {
			await access(current);
			return current;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) throw error;
		}
	}
}
