import { loadConfig } from './config.ts';
import { openDatabase, targetFromConfig, type DatabaseHandle } from './db/client.ts';
import { loadDemoContentIfEmpty } from './demo/demo.usecases.ts';
import { createSpacesRepository } from './spaces/spaces.repository.ts';

export type App = Awaited<ReturnType<typeof startApp>>;

/** Opens the database, brings it to the latest migration and, on first start, loads the demo. */
async function startApp() {
	const config = loadConfig();
	const database: DatabaseHandle = await openDatabase(targetFromConfig(config));
	await database.migrate();
	if (config.loadDemo) {
		const loaded = await loadDemoContentIfEmpty({ db: database.db });
		if (loaded) console.log(`Demo content loaded: ${loaded.created.join(', ')}`);
	}
	return {
		database,
		spacesRepository: createSpacesRepository({ db: database.db })
	};
}

let app: Promise<App> | undefined;

/** One app per process: PGlite allows a single connection, so it is opened once and shared. */
export function getApp(): Promise<App> {
	app ??= startApp();
	return app;
}

export async function stopApp(): Promise<void> {
	if (!app) return;
	const current = app;
	app = undefined;
	await (await current).database.close();
}
