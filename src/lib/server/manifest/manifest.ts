import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AuditContext } from '../audit/audit.usecases.ts';
import type { RouteRule } from './access-rules.ts';
import type { JobHandlers } from '../jobs/jobs.usecases.ts';
import type { Config } from '../config.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import type { MailTransport } from '../mail/mail.transport.ts';
import type { Actor } from '../policy/actor.ts';
import { can, type Policy, type Resource } from '../policy/policy.ts';

/**
 * A column of a module's table that holds an organisation's id. When two organisations are merged,
 * `moveOnMerge` moves what the merged one had to the kept one, before the merged one is deleted
 * (its foreign keys would cascade): a module that forgot would lose its rows silently, so a check
 * requires every foreign key to organisations to be claimed here.
 */
export type OrganisationReference = {
	/** How the merge reports what moved (`moved.<name>` in its result and its audit entry). */
	name: string;
	column: AnyPgColumn;
	moveOnMerge: (db: Database, fromId: string, toId: string) => Promise<number | boolean>;
};

/**
 * A column of a module's table that holds a person's id, and what GDPR export and erasure do with
 * the rows (every foreign key to people must be claimed by one).
 */
export type PersonReference = {
	column: AnyPgColumn;
	/** Where a personal-data export (GDPR art. 15, 20) shows the rows. */
	exportedAs: string;
	/** The person's rows as the export shows them. */
	exportRows: (db: Database, personId: string) => Promise<unknown[]>;
	/**
	 * On erasure (art. 17): the rows are deleted, kept because they hold nothing personal beyond the
	 * link (so that counts stay), or scrubbed by the function.
	 */
	onErase: 'delete' | 'keep' | ((db: Database, personId: string) => Promise<void>);
};

/**
 * A link to one of the module's back-office pages: in the navigation bar, on a space's card of the
 * back office's front page, in its registry list, or with the person's own account.
 */
export type BackOfficeLink = {
	place: 'navigation' | 'space' | 'registry' | 'account';
	/** The page's address; on a space's card, `[slug]` is that space's. */
	href: string;
	/** Its words, in the request's language. */
	label: () => string;
	/** Whether the person sees it (the page decides again by its own policy). */
	shownTo: (actor: Actor, resource: Resource) => boolean;
};

/** A link shown to those the policy lets do `action`. */
export const linkFor = (policy: Policy<string>, action: string) => (actor: Actor, resource: Resource) => can(policy, actor, action, resource);

/** What a command of the CLI (`npm run cli -- <command>`) gets: the open database, the configuration, its arguments. */
export type CommandInput = {
	database: DatabaseHandle;
	config: Config;
	options: Record<string, string | boolean | undefined>;
	positionals: string[];
	/** The platform's modules (`modules.ts`), for work that spans them, such as a merge. */
	modules: readonly ModuleManifest[];
};

export type CliCommand = {
	summary: string;
	usage?: string;
	options?: Record<string, { type: 'string' | 'boolean' }>;
	/** Work that must not race with a server's first start runs inside the migration lock. */
	duringSetup?: (db: Database) => Promise<void>;
	/**
	 * The command opens the database as it finds it, without the usual migration first: a backup
	 * records the schema as it is, and a restore must find the database empty and migrates itself.
	 */
	skipMigration?: true;
	/** Words after the command name (`import organisations FILE`). */
	positionals?: true;
	/** Resolves to the exit code, if not 0. */
	run?: (input: CommandInput) => Promise<void | number>;
};

/** What a module's demo content gets: the transaction, who loads it, what modules before it created. */
export type DemoLoad = {
	db: Database;
	context: AuditContext;
	/** Ids by slug of the spaces this load created (the spaces module loads first). */
	createdSpaces: Map<string, string>;
};

/** What a module's demo content did: what it created, and what it left as it found it. */
export type DemoLoaded = { created: string[]; skipped: string[] };

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
	/**
	 * Request bodies its routes take beyond the defaults (JSON API 1 MB, forms 256 KB), in bytes:
	 * an upload route takes its file, and refuses one too large in its own words.
	 */
	bodyLimits?: Record<string, number>;
	/** Its paths in the OpenAPI document, relative to `/api/v1`. */
	openApiPaths?: Record<string, unknown>;
	/** Handlers of its kinds of background job. */
	jobHandlers?: (dependencies: JobDependencies) => JobHandlers;
	/** Its commands of the CLI (`npm run cli -- <name>`), by name. */
	cliCommands?: Record<string, CliCommand>;
	/**
	 * Loads its demo content (from the seeds) on a platform's first start or `demo:load`, leaving
	 * what is there already as it is.
	 */
	demoContent?: (load: DemoLoad) => Promise<DemoLoaded>;
	/**
	 * Moves data that SQL alone cannot (a JSON value spread over several tables), after every
	 * migration and under the same lock, in the app and the CLI alike; it must change nothing when
	 * there is nothing left to move.
	 */
	afterMigrations?: (db: Database) => Promise<void>;
	/** Its pages in the back office's navigation and on its front page. */
	backOfficeLinks?: BackOfficeLink[];
	/** Its columns that hold an organisation's id, and how a merge moves them. */
	organisationReferences?: OrganisationReference[];
	/** Its columns that hold a person's id, and what GDPR export and erasure do with them. */
	personReferences?: PersonReference[];
	/** The figures it can compute for projects' indicators. */
	indicatorRules?: IndicatorRule[];
	/** The kinds of its records people comment on (see comments/comment-subjects.ts). */
	commentSubjects?: CommentSubject[];
	/** Its sections of the weekly or monthly digest mail (see `digest/`). */
	digestSections?: DigestSection[];
};

/**
 * A figure a module can compute from its own data for a project's indicator in a reporting period
 * (number of member organisations at its end, trainings held in it): an indicator naming the rule
 * gets its actuals from it instead of from people entering them.
 */
export type IndicatorRule = {
	id: string;
	words: { sl: string; en: string };
	compute: (input: { db: Database; space: { id: string }; project: { id: string }; from: string; to: string }) => Promise<number>;
};

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;

/** Every module's references to organisations, in the order of the modules. */
export const organisationReferencesOf = (manifests: readonly ModuleManifest[]): OrganisationReference[] =>
	manifests.flatMap((manifest) => manifest.organisationReferences ?? []);

/** Every module's references to people. */
export const personReferencesOf = (manifests: readonly ModuleManifest[]): PersonReference[] => manifests.flatMap((manifest) => manifest.personReferences ?? []);

/** The back-office links of every module in `place` that `actor` may follow, in the order of the modules. */
export function backOfficeLinksOf(manifests: readonly ModuleManifest[], place: BackOfficeLink['place'], actor: Actor, resource: Resource = {}) {
	return manifests
		.flatMap((manifest) => manifest.backOfficeLinks ?? [])
		.filter((link) => link.place === place && link.shownTo(actor, resource))
		.map((link) => ({ href: link.href, label: link.label() }));
}

/** Every module's entries of one kind (routes, commands) by name; two modules may not declare one name. */
export function declaredByModules<Entry>(
	manifests: readonly ModuleManifest[],
	entriesOf: (manifest: ModuleManifest) => Record<string, Entry> | undefined,
	kind: string
): Record<string, Entry> {
	const entries: Record<string, Entry> = {};
	const owner: Record<string, string> = {};
	for (const manifest of manifests) {
		for (const [name, entry] of Object.entries(entriesOf(manifest) ?? {})) {
			if (owner[name]) throw new Error(`The ${kind} ${name} is declared by both ${owner[name]} and ${manifest.name}.`);
			owner[name] = manifest.name;
			entries[name] = entry;
		}
	}
	return entries;
}

/** Every module's indicator rules, in the order of the modules. */
export const indicatorRulesOf = (manifests: readonly ModuleManifest[]): IndicatorRule[] => manifests.flatMap((manifest) => manifest.indicatorRules ?? []);

/** What a module tells of one of its records that people comment on (a post; later a plan, a report). */
export type CommentSubjectFacts = {
	spaceId: string;
	title: string;
	/** Its page, a path on this site: the comment form sends people back there. */
	url: string;
	/** Who is told of new comments (a post's author); null: nobody. */
	authorEmail: string | null;
	authorLocale: 'sl' | 'en';
	/** Whether it takes comments now. */
	open: boolean;
};

/** A kind of record people comment on, declared by its module (`commentSubjects` in its manifest). */
export type CommentSubject = {
	kind: string;
	find: (db: Database, id: string) => Promise<CommentSubjectFacts | null>;
};

/** Every module's comment subjects, in the order of the modules. */
export const commentSubjectsOf = (manifests: readonly ModuleManifest[]): CommentSubject[] => manifests.flatMap((manifest) => manifest.commentSubjects ?? []);
/** One line of a digest's section: an event, a call, a post. */
export type DigestItem = {
	title: string;
	/** Absolute. */
	url: string;
	/** ISO date or date-time the item is about: event start, call deadline, post date. */
	when?: string;
	/** One short plain-text line, already in the recipient's language. */
	detail?: string;
};

/** Who a digest is for: the subscriber's address, their person in the registry (if any) and its organisations. */
export type DigestRecipient = { email: string; personId: string | null; organisationIds: string[]; locale: 'sl' | 'en' };

/**
 * A section a module contributes to the digest mail assembled per recipient: its items of a space
 * for the period [since, until), in the recipient's language.
 */
export type DigestSection = {
	/** 'activities' | 'calls' | 'posts' */
	id: string;
	/** Sections are shown by it, lowest first: activities 10, calls 20, posts 30. */
	order: number;
	heading: (locale: 'sl' | 'en') => string;
	collect: (input: { db: Database; spaceId: string; recipient: DigestRecipient; since: Date; until: Date; publicUrl: string }) => Promise<DigestItem[]>;
};

/** Every module's digest sections, by their `order`. */
export const digestSectionsOf = (manifests: readonly ModuleManifest[]): DigestSection[] =>
	manifests.flatMap((manifest) => manifest.digestSections ?? []).sort((a, b) => a.order - b.order);
