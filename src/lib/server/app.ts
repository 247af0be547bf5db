import { getRequestEvent } from '$app/server';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { issueSetupLinkIfNoUsers } from './auth/auth.usecases.ts';
import { createBetterAuth, type PasswordResetRequest } from './auth/better-auth.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/client.ts';
import { describeDemoLoad, loadDemoContentIfEmpty } from './demo/demo.usecases.ts';
import { requestsFinished } from './http/in-flight.ts';
import { startJobRunner, type JobRunner } from './jobs/jobs.runner.ts';
import { backOfficeUrl, passwordResetMail } from './mail/mail.templates.ts';
import { createMailTransport } from './mail/mail.transport.ts';
import { queueMail } from './mail/mail.usecases.ts';
import { jobHandlersOf, runAfterMigrations } from './modules.ts';
import { createSettingsRepository } from './settings/settings.repository.ts';
import { randomSecret } from './shared/secrets.ts';
import { createSpacesRepository } from './spaces/spaces.repository.ts';

export type App = Awaited<ReturnType<typeof startApp>>;

/** Opens the database, brings it to the latest migration and, on first start, loads the demo. */
async function startApp() {
	const config = loadConfig();
	const database = await openDatabase(config);
	try {
		await database.migrate(async (db) => {
			await runAfterMigrations(db);
			if (!config.loadDemo) return;
			const loaded = await loadDemoContentIfEmpty({ db });
			if (loaded) console.log(`Demo content loaded: ${describeDemoLoad(loaded)}`);
		});
		return await startServices(config, database);
	} catch (error) {
		await database.close();
		throw error;
	}
}

async function startServices(config: Config, database: DatabaseHandle) {
	const { db } = database;
	const secret = config.authSecret ?? (await createSettingsRepository({ db }).getOrCreate('auth_secret', () => randomSecret()));
	const transport = createMailTransport({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, dataDir: config.dataDir });
	const jobRunner: JobRunner | undefined =
		config.jobRunner === 'inline' ? startJobRunner({ db, url: database.url, handlers: jobHandlersOf({ db, transport }) }) : undefined;

	async function sendPasswordReset({ user, token }: PasswordResetRequest) {
		const locale = user.locale === 'en' ? 'en' : 'sl';
		const url = backOfficeUrl(config.publicUrl, locale, `/app/reset-password/${token}`);
		await queueMail({ db, message: passwordResetMail({ to: user.email, name: user.name, url, locale }) });
		jobRunner?.wake();
	}

	const auth = createBetterAuth({
		db,
		secret,
		publicUrl: config.publicUrl,
		onPasswordResetRequested: sendPasswordReset,
		plugins: [sveltekitCookies(getRequestEvent)]
	});

	const setupToken = await issueSetupLinkIfNoUsers({ db });
	if (setupToken) {
		console.log(`No account exists yet. Create the first administrator within 24 hours at:\n  ${config.publicUrl}/app/setup/${setupToken}`);
	}
	console.log(`Mail goes ${transport.kind === 'smtp' ? 'through' : 'to'} ${transport.target}`);

	return {
		config,
		database,
		db,
		auth,
		jobRunner,
		wakeJobRunner: () => jobRunner?.wake(),
		spacesRepository: createSpacesRepository({ db })
	};
}

// Kept on globalThis, not in a module variable: the dev server re-evaluates changed modules, and
// each evaluation would open another pool of connections.
const holder = globalThis as typeof globalThis & { sticisceApp?: Promise<App> };

/** One app per process: its database (and embedded server) is opened once and shared. */
export function getApp(): Promise<App> {
	if (!holder.sticisceApp) {
		const starting = startApp();
		holder.sticisceApp = starting;
		// a failed start is not cached: the next request tries again (e.g. once the database answers)
		starting.catch(() => {
			if (holder.sticisceApp === starting) holder.sticisceApp = undefined;
		});
	}
	return holder.sticisceApp;
}

export async function stopApp(): Promise<void> {
	const current = holder.sticisceApp;
	if (!current) return;
	const app = await current;
	// the HTTP server takes no new requests; those under way finish first, with this same app (a
	// request that found no app would start a second one on the closing database). serve.js gives
	// up on the whole shutdown after 10 s.
	await requestsFinished(7000);
	if (holder.sticisceApp === current) holder.sticisceApp = undefined;
	await app.jobRunner?.stop();
	await app.database.close();
}
