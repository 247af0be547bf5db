import { is } from 'drizzle-orm';
import { getTableConfig, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { organisations } from './organisations/organisations.table.ts';
import { people } from './people/people.table.ts';
import { read } from './manifest/access-rules.ts';
import { routeTableOf } from './http/route-access.ts';
import { mailSendJobKind } from './mail/mail.usecases.ts';
import { cliCommandsOf, jobHandlersOf, modules } from './modules.ts';
import { defineModule, organisationReferencesOf, personReferencesOf } from './manifest/manifest.ts';
import { organisationImportJobKind } from './organisations/import/import-runs.usecases.ts';
import type { Database } from './db/client.ts';
import type { MailTransport } from './mail/mail.transport.ts';

describe('module manifests', () => {
	it('name each module once', () => {
		const names = modules.map((module) => module.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('make one route table, and refuse a route two modules claim', () => {
		const first = defineModule({ name: 'first', routes: { '/a': read } });
		const second = defineModule({ name: 'second', routes: { '/b': read } });
		expect(Object.keys(routeTableOf([first, second]))).toEqual(['/a', '/b']);
		const thief = defineModule({ name: 'thief', routes: { '/a': read } });
		expect(() => routeTableOf([first, thief])).toThrow('The route /a is declared by both first and thief.');
	});

	it('give the CLI the commands of every module, and refuse a name two modules use', () => {
		expect(Object.keys(cliCommandsOf())).toEqual(
			expect.arrayContaining(['users:create', 'members:add', 'tokens:create', 'import', 'export', 'backup', 'restore'])
		);
		const first = defineModule({ name: 'first', cliCommands: { 'things:list': { summary: 'List things.' } } });
		const second = defineModule({ name: 'second', cliCommands: { 'things:list': { summary: 'List other things.' } } });
		expect(() => cliCommandsOf([first, second])).toThrow('The command things:list is declared by both first and second.');
	});

	it('give the job runner the handlers of every module', () => {
		const handlers = jobHandlersOf({ db: {} as Database, transport: {} as MailTransport });
		expect(Object.keys(handlers).sort()).toEqual(
			[
				mailSendJobKind,
				organisationImportJobKind,
				'activities.registration_offer_lapse',
				'activities.registration_reminder',
				'newsletters.campaign_batch',
				'newsletters.digest'
			].sort()
		);
	});

	it('describe every API route of a module, with each of its methods, in the OpenAPI paths of that module', () => {
		const unnamed = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
		const missing: string[] = [];
		for (const module of modules) {
			const described = Object.fromEntries(Object.entries(module.openApiPaths ?? {}).map(([path, operations]) => [unnamed(path), operations as object]));
			for (const [routeId, rule] of Object.entries(module.routes ?? {})) {
				if (!routeId.startsWith('/api/v1/') || routeId === '/api/v1/openapi.json') continue;
				const path = unnamed(routeId.slice('/api/v1'.length).replace(/\[[^\]]+\]/g, '{}'));
				for (const method of Object.keys(rule)) {
					if (!(method.toLowerCase() in (described[path] ?? {}))) missing.push(`${module.name}: ${method} ${routeId}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('claim every foreign key to organisations for a merge, and every one to people for GDPR export and erasure', () => {
		expect(
			unclaimedReferences(
				organisations,
				organisationReferencesOf(modules).map((reference) => reference.column)
			)
		).toEqual([]);
		expect(
			unclaimedReferences(
				people,
				personReferencesOf(modules).map((reference) => reference.column)
			)
		).toEqual([]);
	});

	it('notice a module that forgets a reference (the check above can fail)', () => {
		const withoutTeam = modules.filter((module) => module.name !== 'team');
		expect(
			unclaimedReferences(
				organisations,
				organisationReferencesOf(withoutTeam).map((reference) => reference.column)
			)
		).toEqual(['space_members.organisation_id', 'invitations.organisation_id']);
	});
});

/** Every table of every module, found as drizzle-kit finds them. */
const tables = Object.values(import.meta.glob<Record<string, unknown>>('./**/*.table.ts', { eager: true }))
	.flatMap((exports) => Object.values(exports))
	.filter((value): value is PgTable => is(value, PgTable));

/** The columns (`table.column`) with a foreign key to `target` that no module claims. */
function unclaimedReferences(target: PgTable, claimed: AnyPgColumn[]): string[] {
	return tables.flatMap((table) => {
		const { name, foreignKeys } = getTableConfig(table);
		return foreignKeys.flatMap((foreignKey) => {
			const { columns, foreignTable } = foreignKey.reference();
			if (foreignTable !== target) return [];
			return columns.filter((column) => !claimed.includes(column)).map((column) => `${name}.${column.name}`);
		});
	});
}

/** Keys and indexes of space-owned tables that serve a lookup across spaces, and why. */
const acrossSpaces: Record<string, string> = {
	'memberships: memberships_organisation_idx (organisation_id)': 'the spaces an organisation is a member of (directory, merge)',
	'space_members: space_members_user_idx (user_id)': 'the spaces a person works in (every signed-in page)',
	'invitations: invitations_token_hash_unique (token_hash)': 'an invitation link names no space: its token finds the invitation',
	'space_slug_history: space_slug_history_pkey (slug)': 'an old address names no space any more: the slug finds the space it now redirects to',
	'activities: activities_id_idx (id)': "an activity's API address (`/api/v1/activities/{id}`) names no space",
	'activity_sessions: activity_sessions_starts_idx (starts_at)': 'the platform calendar lists the sessions of every space by time',
	'activity_organisers: activity_organisers_organisation_idx (organisation_id)': 'the activities an organisation co-organised (its page, merge)',
	'activity_registrations: activity_registrations_token_idx (token_hash)':
		"a participant's link (cancel, offer, evaluation) names no space: its token finds the registration",
	'activity_registrations: activity_registrations_certificate_idx (certificate_code)': "a certificate's verification link names no space",
	'activity_registrations: activity_registrations_person_lookup_idx (person_id)': "a person's registrations in every space (GDPR export, merge)",
	'activity_registrations: activity_registrations_organisation_idx (organisation_id)': "an organisation's attendance in every space (merge, its figures)",
	'posts: posts_id_idx (id)': "a post's API address (`/api/v1/posts/{id}`) and a comment's subject name no space",
	'posts: posts_published_idx (status, publish_at)': 'the platform news page and feed list the posts of every space by date',
	'comments: comments_id_idx (id)': "a comment's API address (`/api/v1/comments/{id}`) names no space",
	'comments: comments_person_idx (person_id)': "a person's comments in every space (GDPR export and erasure)",
	'newsletter_lists: newsletter_lists_pkey (id)': "a list's API address and its sign-up, confirmation and unsubscribe links name no space",
	'newsletter_campaigns: newsletter_campaigns_pkey (id)': "a campaign's API address (`/api/v1/campaigns/{id}/send`) names no space"
};

/**
 * The keys and indexes of a space-owned table (one with a required `space_id`) that do not start
 * with it. A table whose `space_id` may be empty (the audit log) holds platform-wide rows too.
 */
function keysNotLedBySpace(table: PgTable): string[] {
	const { name, columns, primaryKeys, indexes, uniqueConstraints } = getTableConfig(table);
	if (!columns.some((column) => column.name === 'space_id' && column.notNull)) return [];
	const leading = (columnNames: string[]) => columnNames[0] === 'space_id';
	const keys = [
		...primaryKeys.map((key) => ({ name: key.getName(), columns: key.columns.map((column) => column.name) })),
		...columns.filter((column) => column.primary).map((column) => ({ name: `${name}_pkey`, columns: [column.name] })),
		...uniqueConstraints.map((unique) => ({ name: unique.getName(), columns: unique.columns.map((column) => column.name) })),
		...columns.filter((column) => column.isUnique).map((column) => ({ name: column.uniqueName ?? `${name}_${column.name}_unique`, columns: [column.name] })),
		...indexes.map((index) => ({
			name: index.config.name,
			columns: index.config.columns.map((column) => ('name' in column ? String(column.name) : 'expression'))
		}))
	];
	return keys
		.filter((key) => !leading(key.columns))
		.map((key) => `${name}: ${key.name} (${key.columns.join(', ')})`)
		.filter((key) => !(key in acrossSpaces));
}

describe('space-owned tables', () => {
	it('lead every key and index with space_id', () => {
		expect(tables.flatMap(keysNotLedBySpace)).toEqual([]);
	});
});

/**
 * Where a module's source inserts into, updates or deletes from a table another module owns: the
 * name of a table imported from another folder's `*.table.ts`, written to in the same file.
 */
function writesToOthersTables(sources: Record<string, string>): string[] {
	return Object.entries(sources).flatMap(([file, source]) => {
		const owner = file.split('/')[1];
		return [...source.matchAll(/import\s*(?:type\s*)?\{([^}]+)\}\s*from\s*'([^']+\.table\.ts)'/g)].flatMap(([, names, from]) => {
			const folder = new URL(from!, `file:///server/${file.slice(2)}`).pathname.split('/')[2];
			if (folder === owner) return [];
			return names!
				.split(',')
				.map((name) => name.trim())
				.filter((name) => name && new RegExp(`\\.(insert|update|delete)\\(\\s*${name}\\b`).test(source))
				.map((name) => `${file} writes ${folder}: ${name}`);
		});
	});
}

describe('module boundaries', () => {
	const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.test-fixtures.ts'], { eager: true, query: '?raw', import: 'default' });

	it('a module writes only its own tables (it reads others, and changes them through their use cases)', () => {
		expect(Object.keys(sources)).toContain('./memberships/demo/synthetic-memberships.usecases.ts');
		expect(writesToOthersTables(sources)).toEqual([]);
	});

	it("notices a module writing another module's table (the check above can fail)", () => {
		const offending = "import { memberships } from '../../memberships/memberships.table.ts';\nawait db.insert(memberships).values(rows);";
		expect(writesToOthersTables({ './organisations/demo/loader.ts': offending })).toEqual(['./organisations/demo/loader.ts writes memberships: memberships']);
	});
});
