import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { createSettingsRepository } from '../settings/settings.repository.ts';
import { randomSecret } from '../shared/secrets.ts';

// Simple signals, each enough to put a comment aside as spam (never to delete it: staff see the
// spam folder and restore what was not). A filter that learns would need mail-provider data; these
// catch the robots that fill every field, paste links, sell things or post the instant a page loads.

/** A comment with more links than this looks like advertising. */
export const maxLinks = 3;
/** People read, type and send in more than this; robots post at once. */
export const minSecondsToWrite = 3;

/** Words of the usual comment spam, matched as whole words, case aside. */
const spamWords = [
	'viagra',
	'cialis',
	'casino',
	'kazino',
	'porn',
	'porno',
	'payday loan',
	'forex signals',
	'escort service',
	'replica watches',
	'seo services',
	'backlinks',
	'buy followers'
];
const spamPattern = new RegExp(`(^|[^\\p{L}])(${spamWords.join('|')})s?([^\\p{L}]|$)`, 'iu');
const linkPattern = /\b(?:https?:\/\/|www\.)/gi;

export type SpamReason = 'honeypot' | 'links' | 'words' | 'too_fast' | 'bad_timestamp';

const formSecrets = new WeakMap<Database, Promise<string>>();

/** The secret the form's time is signed with: made once per installation, shared by every app process. */
function formSecret(db: Database): Promise<string> {
	let secret = formSecrets.get(db);
	if (!secret) {
		secret = createSettingsRepository({ db }).getOrCreate('comment_form_secret', () => randomSecret());
		formSecrets.set(db, secret);
		secret.catch(() => formSecrets.delete(db));
	}
	return secret;
}

const sign = (secret: string, issuedAt: string) => createHmac('sha256', secret).update(`comment-form:${issuedAt}`).digest('base64url');

/** The form's hidden `started` field: when it was shown, signed, so a robot can neither forge nor omit the wait. */
export async function commentFormToken(db: Database, now = new Date()): Promise<string> {
	const issuedAt = String(now.getTime());
	return `${issuedAt}.${sign(await formSecret(db), issuedAt)}`;
}

/** What the signed time says: a forged one, one sent too soon after the form was shown, or nothing wrong. */
async function timingSignal(db: Database, token: string, now: Date): Promise<SpamReason | undefined> {
	const [issuedAt, signature, ...rest] = token.split('.');
	if (!issuedAt || !signature || rest.length > 0 || !/^\d{10,16}$/.test(issuedAt)) return 'bad_timestamp';
	const expected = Buffer.from(sign(await formSecret(db), issuedAt));
	const given = Buffer.from(signature);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad_timestamp';
	return now.getTime() - Number(issuedAt) < minSecondsToWrite * 1000 ? 'too_fast' : undefined;
}

/**
 * Why a comment looks like spam (empty: it does not). The form always sends its signed time; the
 * API may leave it out (a client has no form), and then only the other signals count.
 */
export async function spamReasons({
	db,
	body,
	name,
	website,
	started,
	fromForm,
	now = new Date()
}: {
	db: Database;
	body: string;
	name: string;
	website?: string;
	started?: string;
	fromForm: boolean;
	now?: Date;
}): Promise<SpamReason[]> {
	const reasons: SpamReason[] = [];
	if (website?.trim()) reasons.push('honeypot');
	if ((body.match(linkPattern)?.length ?? 0) + (name.match(linkPattern)?.length ?? 0) > maxLinks) reasons.push('links');
	if (spamPattern.test(body) || spamPattern.test(name)) reasons.push('words');
	const timing = started ? await timingSignal(db, started, now) : fromForm ? 'bad_timestamp' : undefined;
	if (timing) reasons.push(timing);
	return reasons;
}
