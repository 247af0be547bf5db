import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime.js';
import { fieldOfWorkSchema } from '../server/fields/fields.schemas.ts';
import { membershipSchema } from '../server/memberships/memberships.schemas.ts';
import { organisationSchema } from '../server/organisations/organisations.schemas.ts';
import { publicCallSchema } from '../server/projects/money/money.schemas.ts';
import { projectSchema } from '../server/projects/projects.schemas.ts';
import { spaceSchema } from '../server/spaces/spaces.schemas.ts';
import { siteInfoSchema } from '../server/settings/site-info.schemas.ts';
import { auditVocabulary, collectAuditWords, type AuditVocabulary } from './audit-vocabulary.ts';
import { activitySchema } from '../server/activities/activities.schemas.ts';
import { applicationSchema, callSchema } from '../server/calls/calls.schemas.ts';

/** The non-test sources of the server. */
function serverSources(dir = 'src/lib/server'): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.includes('test-fixtures'))
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** Every action the server records: each `'kind.verb'` text in a source that records audit entries. */
function recordedActions(): string[] {
	const actions = new Set<string>();
	for (const source of serverSources().filter((text) => /recordAudits?\(/.test(text))) {
		for (const [, action] of source.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) actions.add(action!);
	}
	return [...actions].sort();
}

/** Every kind of record the server writes entries about: each `entityType: '…'`. */
function recordedKinds(): string[] {
	const kinds = new Set<string>();
	for (const source of serverSources()) for (const [, kind] of source.matchAll(/entityType: '([a-z_]+)'/g)) kinds.add(kind!);
	return [...kinds].sort();
}

// the log never shows these: an id says nothing to people, and the times are the entry's own
const unshown = new Set(['id', 'createdAt', 'updatedAt']);
const fieldsOf = (schema: { shape: object }) => Object.keys(schema.shape).filter((field) => !unshown.has(field));

/**
 * The fields each kind of record is recorded with: the keys of the snapshots its use cases write
 * (the record as the API shows it, so a field added to the API needs words, and the smaller
 * snapshots of single steps). A new kind fails the test below until its fields are listed here.
 */
const recordedFields: Record<string, string[]> = {
	space: fieldsOf(spaceSchema),
	organisation: [
		...fieldsOf(organisationSchema),
		...'contentType bytes sha256'.split(' '), // a logo
		...'keep merged organisation mergedId moved'.split(' '), // a merge
		...'count seed inserted'.split(' ') // a synthetic registry
	],
	organisation_import: 'fileName total created updated unchanged'.split(' '),
	person: [...'name email phone affiliations consents erased'.split(' '), ...'affiliationId organisationId role since until purpose granted'.split(' ')],
	project: [
		...fieldsOf(projectSchema),
		...'organisation organisationId role roles problem goal contact predecessorId objectives strands links fromProfile'.split(' '),
		...'total call fundingLines ownFunds'.split(' '),
		'contributions'
	], // and the organisations taking part, its details and its money
	project_indicator: 'projectId name unit baselineValue baselineOn target measure periods ruleId periodStartsOn organisationId value note link status'.split(
		' '
	),
	invitation: 'spaceId email role locale organisationId invitedBy expiresAt acceptedAt'.split(' '),
	space_member: 'userId name email role organisationId'.split(' '),
	api_token: 'userId name tokenPrefix scopes lastUsedAt expiresOn revokedAt'.split(' '),
	user: 'email name isPlatformAdmin locale address'.split(' '),
	membership: [...fieldsOf(membershipSchema), ...'memberships spaces'.split(' '), ...'contactName contactEmail message'.split(' ')], // and an application
	field_of_work: fieldsOf(fieldOfWorkSchema),
	site: fieldsOf(siteInfoSchema),
	public_call: fieldsOf(publicCallSchema),
	call: fieldsOf(callSchema),
	call_application: fieldsOf(applicationSchema),
	project_cover: 'contentType bytes sha256 alt credit'.split(' '),
	activity: fieldsOf(activitySchema),
	activity_type: 'code name builtIn'.split(' '),
	activity_registration: 'personId organisationId status source answers offeredUntil remindedAt'.split(' '),
	activity_attendance: 'name email organisationId sessionId checkedInAt method status count registrationIds added removed'.split(' '),
	activity_evaluation: ['recipients', 'questions', 'anonymous'],
	activity_evaluation_answer: ['evaluated'],
	activity_certificates: ['issued'],
	newsletter_list: 'nameSl nameEn audience regionCode fieldCode digestFrequency'.split(' '),
	newsletter_campaign: 'listId subjectSl locales recipients ratePerMinute'.split(' '),
	newsletter_subscription: 'listId personId status by'.split(' '),
	comment: 'subject status personId organisationId spamReasons'.split(' '),
	comment_settings: ['moderation'],
	post: 'kind status publishAt visible translations tags projectId activityId cover'.split(' '),
	post_image: 'bytes sha256'.split(' ')
};

/** Calls `say` once in Slovenian and once in English. */
function inBoth(say: () => string): [string, string] {
	overwriteGetLocale(() => 'sl');
	const sl = say();
	overwriteGetLocale(() => 'en');
	return [sl, say()];
}

const unworded = (say: (() => string) | undefined) => {
	if (!say) return true;
	const [sl, en] = inBoth(say);
	return !sl || !en || sl === en;
};

/** What has no words of its own in Slovenian and in English. */
function missingWords(vocabulary: AuditVocabulary, actions: string[], fields: Record<string, string[]>): string[] {
	return [
		...actions.filter((action) => unworded(vocabulary.actions[action])).map((action) => `action ${action}`),
		...Object.entries(fields).flatMap(([kind, names]) => [
			...(unworded(vocabulary.entities[kind]?.label) ? [`kind ${kind}`] : []),
			...names.filter((name) => unworded(vocabulary.entities[kind]?.fields[name])).map((name) => `field ${kind}.${name}`)
		])
	];
}

describe('words of the audit log', () => {
	const original = getLocale;
	afterAll(() => overwriteGetLocale(original));

	it('finds the actions and kinds the server records', () => {
		expect(recordedActions()).toEqual(
			expect.arrayContaining(['space.update', 'invitation.accept', 'membership.create', 'field_of_work.move', 'user.reset_password'])
		);
		expect(recordedActions()).not.toContain('postmaster.pid');
		expect(recordedKinds()).toEqual(expect.arrayContaining(['space', 'organisation', 'membership', 'field_of_work', 'api_token']));
	});

	it('knows the fields of every kind of record the server writes entries about', () => {
		expect(recordedKinds().filter((kind) => !(kind in recordedFields))).toEqual([]);
	});

	it('every action, kind and field has words of its own in Slovenian and in English', () => {
		expect(missingWords(auditVocabulary, recordedActions(), recordedFields)).toEqual([]);
	});

	it('notices what has no words (the check above can fail)', () => {
		expect(missingWords(auditVocabulary, ['space.update', 'space.explode'], { space: ['mission', 'colour'], widget: [] })).toEqual([
			'action space.explode',
			'field space.colour',
			'kind widget'
		]);
	});

	it('refuses an action two modules both word', () => {
		const say = () => 'x';
		expect(() =>
			collectAuditWords({ 'a.audit-words.ts': { actions: { 'space.update': say } }, 'b.audit-words.ts': { actions: { 'space.update': say } } })
		).toThrow(/space\.update has words in both a\.audit-words\.ts and b\.audit-words\.ts/);
	});
});
