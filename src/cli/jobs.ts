import { once } from 'node:events';
import { startJobRunner } from '#lib/server/jobs/jobs.runner.ts';
import { createMailTransport } from '#lib/server/mail/mail.transport.ts';
import { jobHandlersOf } from '#lib/server/modules.ts';
import type { CommandInput } from '#lib/server/manifest/manifest.ts';

/** A separate worker for JOB_RUNNER=off: runs background jobs until SIGINT or SIGTERM. */
export async function workJobsCommand({ database, config }: CommandInput): Promise<void> {
	const transport = createMailTransport({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, dataDir: config.dataDir });
	const runner = startJobRunner({ db: database.db, url: database.url, handlers: jobHandlersOf({ db: database.db, transport }) });
	console.log(`Running background jobs; mail goes ${transport.kind === 'smtp' ? 'through' : 'to'} ${transport.target}. Stop with Ctrl+C.`);
	await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
	await runner.stop();
	console.log('Stopped.');
}
