import { loadConfig } from './config.ts';
import { openDatabase, targetFromConfig } from './db/client.ts';
import { loadDemoContentIfEmpty } from './demo/demo.usecases.ts';
import { createSpacesRepository } from './spaces/spaces.repository.ts';

export type App = Awaited<ReturnType<typeof startApp>>;

/** Opens the database, brings it to the latest migration and, on first start, loads the demo. */
async function startApp() {
	const config = loadConfig();
	const database = await openDatabase(targetFromConfig(config));
	try {
		await database.migrate(async (db) => {
			if (!config.loadDemo) return;
			const loaded = await loadDemoContentIfEmpty({ db });
			if (loaded) console.log(`Demo content loaded: ${loaded.created.join(', ')}`);
		});
	} catch (error) {
		await database.close();
		throw error;
	}
	return {
		database,
		spacesRepository: createSpacesRepository({ db: database.db })
	};
}

// Kept on globalThis, not in a module variable: the dev server re-evaluates changed modules, and
// a second PGlite on the same directory in one process would corrupt it.
const holder = globalThis as typeof globalThis & { sticisceApp?: Promise<App> };

/** One app per process: PGlite allows a single connection, so it is opened once and shared. */
export function getApp(): Promise<App> {
	if (!holder.sticisceApp) {
		const starting = startApp();
		holder.sticisceApp = starting;
		// a failed start is not cached: the next request tries again (e.g. after the lock is freed)
		starting.catch(() => {
			if (holder.sticisceApp === starting) holder.sticisceApp = undefined;
		});
	}
	return holder.sticisceApp;
}

export async function stopApp(): Promise<void> {
	const current = holder.sticisceApp;
	if (!current) return;
	holder.sticisceApp = undefined;
	await (await current).database.close();
}
