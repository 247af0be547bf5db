import type { Database } from './db/client.ts';
import { activitiesModule } from './activities/activities.module.ts';
import { apiModule } from './api/api.module.ts';
import { auditModule } from './audit/audit.module.ts';
import { backupModule } from './backup/backup.module.ts';
import { commentsModule } from './comments/comments.module.ts';
import { installCommentSubjects } from './comments/comment-subjects.ts';
import { callsModule } from './calls/calls.module.ts';
import { digestModule } from './digest/digest.module.ts';
import { installDigestSections } from './digest/digest-sections.ts';
import { authModule } from './auth/auth.module.ts';
import { fieldsModule } from './fields/fields.module.ts';
import { mailModule } from './mail/mail.module.ts';
import { newslettersModule } from './newsletters/newsletters.module.ts';
import { membershipsModule } from './memberships/memberships.module.ts';
import { declaredByModules, type CliCommand, type JobDependencies, type ModuleManifest } from './manifest/manifest.ts';
import { organisationsModule } from './organisations/organisations.module.ts';
import { peopleModule } from './people/people.module.ts';
import { postsModule } from './posts/posts.module.ts';
import { projectsModule } from './projects/projects.module.ts';
import { installIndicatorRules } from './projects/indicators/indicator-rules.ts';
import { settingsModule } from './settings/settings.module.ts';
import { spacesModule } from './spaces/spaces.module.ts';
import { teamModule } from './team/team.module.ts';
import { tokensModule } from './tokens/tokens.module.ts';

/** The platform's modules: a new module is its folder and one line here. Their back-office links show in this order. */
export const modules: readonly ModuleManifest[] = [
	apiModule,
	authModule,
	tokensModule,
	spacesModule,
	auditModule,
	teamModule,
	mailModule,
	organisationsModule,
	fieldsModule,
	membershipsModule,
	peopleModule,
	projectsModule,
	activitiesModule,
	postsModule,
	commentsModule,
	callsModule,
	newslettersModule,
	digestModule,
	backupModule,
	settingsModule
];

// the indicator rules modules offer, for the projects' indicators (which cannot import this list)
installIndicatorRules(modules);
// the kinds of record people comment on, for the comments module (which cannot import this list)
installCommentSubjects(modules);
// the digest's sections modules offer, for composeDigest (which cannot import this list)
installDigestSections(modules);

/** Every module's data moves after the migrations (see `afterMigrations`), in the order of the list. */
export async function runAfterMigrations(db: Database): Promise<void> {
	for (const module of modules) await module.afterMigrations?.(db);
}

/** The handlers of every module's background jobs, for the server's runner and the worker alike. */
export function jobHandlersOf(dependencies: JobDependencies) {
	return Object.assign({}, ...modules.map((module) => module.jobHandlers?.(dependencies) ?? {}));
}

/** Every module's CLI commands by name; two modules may not name a command alike. */
export function cliCommandsOf(manifests: readonly ModuleManifest[] = modules): Record<string, CliCommand> {
	return declaredByModules(manifests, (manifest) => manifest.cliCommands, 'command');
}
