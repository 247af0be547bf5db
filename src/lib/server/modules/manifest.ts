import type { RouteRule } from '../http/access-rules.ts';
import type { JobHandlers } from '../jobs/jobs.usecases.ts';
import type { Database } from '../db/client.ts';
import type { MailTransport } from '../mail/mail.transport.ts';
import type { CliCommand } from './cli-command.ts';

/** What a module's background jobs may need; the server and the worker (`jobs:work`) pass the same. */
export type JobDependencies = { db: Database; transport: MailTransport };

/**
 * What a module adds to the platform, declared in one file (`<module>.module.ts`) and registered by
 * one line in `modules.ts`: the route fence, the OpenAPI document, the job runner and the CLI read
 * it from there, so a new module changes no central file.
 */
export type ModuleManifest = {
	name: string;
	/** Its routes (SvelteKit route ids) and who may call each method; a route no module lists is refused. */
	routes?: Record<string, RouteRule>;
	/** Its paths in the OpenAPI document, relative to `/api/v1`. */
	openApiPaths?: Record<string, unknown>;
	/** Handlers of its kinds of background job. */
	jobHandlers?: (dependencies: JobDependencies) => JobHandlers;
	/** Its commands of the CLI (`npm run cli -- <name>`), by name. */
	cliCommands?: Record<string, CliCommand>;
};

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
