import { apiModule } from './api/api.module.ts';
import { auditModule } from './audit/audit.module.ts';
import { authModule } from './auth/auth.module.ts';
import { fieldsModule } from './fields/fields.module.ts';
import { mailModule } from './mail/mail.module.ts';
import { membershipsModule } from './memberships/memberships.module.ts';
import type { JobDependencies, ModuleManifest } from './modules/manifest.ts';
import { organisationsModule } from './organisations/organisations.module.ts';
import { peopleModule } from './people/people.module.ts';
import { spacesModule } from './spaces/spaces.module.ts';
import { teamModule } from './team/team.module.ts';
import { tokensModule } from './tokens/tokens.module.ts';

/** The platform's modules: a new module is its folder and one line here. */
export const modules: readonly ModuleManifest[] = [
	apiModule,
	authModule,
	tokensModule,
	spacesModule,
	teamModule,
	auditModule,
	mailModule,
	fieldsModule,
	organisationsModule,
	membershipsModule,
	peopleModule
];

/** The handlers of every module's background jobs, for the server's runner and the worker alike. */
export function jobHandlersOf(dependencies: JobDependencies) {
	return Object.assign({}, ...modules.map((module) => module.jobHandlers?.(dependencies) ?? {}));
}
