import { and, eq, gt } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { recordAudit } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { backOfficeUrl, signInUnlockMail } from '../mail/mail.templates.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import { anonymous, systemActor } from '../policy/actor.ts';
import { createRateLimitRepository } from '../rate-limit/rate-limit.repository.ts';
import { countAttempt, type Limit } from '../rate-limit/rate-limit.usecases.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';
import { invalidCredentials, signInAccountLocked, signInRateLimited, unlockLinkInvalid } from './auth.errors.ts';
import { signInSchema } from './auth.schemas.ts';
import { verifications, type UserRow } from './auth.table.ts';
import type { Auth } from './better-auth.ts';
import { issueKnownDevice, verifyKnownDevice } from './known-device.ts';
import { createUsersRepository } from './users.repository.ts';

// Failed sign-ins allowed per window: few for one account from browsers it does not know (guessing
// its password) and for one known browser, more for one address (an office behind one IP address).
const windowSeconds = 15 * 60;
const accountLimit = (email: string): Limit => ({ key: `sign-in:account:${email}`, max: 5, windowSeconds });
const deviceLimit = (nonce: string): Limit => ({ key: `sign-in:device:${nonce}`, max: 5, windowSeconds });
const addressLimit = (address: string): Limit => ({ key: `sign-in:address:${address}`, max: 20, windowSeconds });
// an attacker may lock an account every window; its owner gets a few links a day, not a mail each time
const unlockMailLimit = (email: string): Limit => ({ key: `sign-in:unlock-mail:${email}`, max: 3, windowSeconds: 86_400 });
export const unlockLinkValidHours = 24;
const unlockIdentifier = (token: string) => `sign-in-unlock:${hashSecret(token)}`;

/** Where the mail with an unlock link points, and how to have it sent at once. */
export type UnlockMailing = { publicUrl: string; wakeJobRunner?: () => void };

type SignInDeps = { db: Database; auth: Auth };

const isWrongPassword = (error: unknown) => error instanceof APIError && error.body?.code === 'INVALID_EMAIL_OR_PASSWORD';

/**
 * Signs in with e-mail and password, within limits per address and per account. A browser that
 * carries this account's known-device token (`knownDevice`, from `knownDeviceFor` at an earlier
 * sign-in or from an unlock link) is limited on its own instead of by the account, so failures
 * from elsewhere do not keep the owner out. The failure that locks an account mails its owner a
 * link that makes their browser a known one.
 */
export async function signIn({
	db,
	auth,
	input,
	address,
	headers,
	knownDevice,
	unlockMailing
}: SignInDeps & { input: unknown; address: string; headers: Headers; knownDevice?: string; unlockMailing?: UnlockMailing }) {
	const { email, password } = signInSchema.parse(input);
	const { secret } = await auth.$context;
	const device = verifyKnownDevice({ secret, email, value: knownDevice });
	const own = device ? deviceLimit(device) : accountLimit(email);
	const limits = [addressLimit(address), own];
	const attempt = await countAttempt({ db, limits });
	if (!attempt.allowed) {
		const lockedAccount = attempt.exceeded.key === own.key && !device;
		throw lockedAccount ? signInAccountLocked(attempt.retryAfterMinutes) : signInRateLimited(attempt.retryAfterMinutes);
	}
	const counters = createRateLimitRepository({ db });
	let user;
	try {
		({ user } = await auth.api.signInEmail({ body: { email, password }, headers }));
	} catch (error) {
		if (!isWrongPassword(error)) {
			for (const limit of limits) await counters.release(limit.key);
			throw error;
		}
		const locksAccount = !device && attempt.counts[1] === own.max;
		await recordFailure({ db, email, address, locksAccount, unlockMailing });
		throw invalidCredentials();
	}
	// the attempt was the owner's: it does not count against the address, and the account or browser starts afresh
	await counters.release(limits[0]!.key);
	await counters.reset(own.key);
	await recordAudit({
		db,
		context: { actor: { kind: 'session', ...personOf(user) }, source: 'form' },
		change: { action: 'user.sign_in', entityType: 'user', entityId: user.id }
	});
	return user;
}

/** The audit log's view of a person who has just signed in (their roles do not matter there). */
function personOf(user: { id: string; email: string; name: string; isPlatformAdmin?: boolean | null }) {
	return { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: Boolean(user.isPlatformAdmin), memberships: new Map() };
}

/** A wrong password for an existing account goes in its record, and the one that locks it sends the link. */
async function recordFailure({
	db,
	email,
	address,
	locksAccount,
	unlockMailing
}: {
	db: Database;
	email: string;
	address: string;
	locksAccount: boolean;
	unlockMailing: UnlockMailing | undefined;
}) {
	const user = await createUsersRepository({ db }).findByEmail(email);
	if (!user) return;
	const change = { entityType: 'user', entityId: user.id, after: { address } };
	await recordAudit({ db, context: { actor: anonymous, source: 'form' }, change: { action: 'user.sign_in_failed', ...change } });
	if (!locksAccount || !unlockMailing) return;
	if (!(await countAttempt({ db, limits: [unlockMailLimit(email)] })).allowed) return;
	await mailUnlockLink({ db, user, unlockMailing });
	await recordAudit({ db, context: { actor: systemActor, source: 'form' }, change: { action: 'user.sign_in_locked', ...change } });
}

async function mailUnlockLink({ db, user, unlockMailing }: { db: Database; user: UserRow; unlockMailing: UnlockMailing }) {
	const token = randomSecret();
	await db.insert(verifications).values({
		id: crypto.randomUUID(),
		identifier: unlockIdentifier(token),
		value: user.id,
		expiresAt: new Date(Date.now() + unlockLinkValidHours * 3600_000)
	});
	const locale = user.locale === 'en' ? 'en' : 'sl';
	const url = backOfficeUrl(unlockMailing.publicUrl, locale, `/app/unlock/${token}`);
	await queueMail({ db, message: signInUnlockMail({ to: user.email, name: user.name, url, validHours: unlockLinkValidHours, locale }) });
	unlockMailing.wakeJobRunner?.();
}

export async function isUnlockLinkValid({ db, token }: { db: Database; token: string }): Promise<boolean> {
	const [row] = await db
		.select({ id: verifications.id })
		.from(verifications)
		.where(and(eq(verifications.identifier, unlockIdentifier(token)), gt(verifications.expiresAt, new Date())));
	return Boolean(row);
}

/**
 * Uses up an unlock link: the browser that opens it becomes a known one for the account (the
 * caller sets the returned cookie). The lock itself stays, for everyone else.
 */
export async function trustBrowserByUnlockLink({ db, auth, token }: SignInDeps & { token: string }) {
	// deleting first makes the link single-use even when it is followed twice at once
	const [link] = await db
		.delete(verifications)
		.where(and(eq(verifications.identifier, unlockIdentifier(token)), gt(verifications.expiresAt, new Date())))
		.returning();
	const user = link && (await createUsersRepository({ db }).findById(link.value));
	if (!user) throw unlockLinkInvalid();
	await recordAudit({
		db,
		context: { actor: anonymous, source: 'form' },
		change: { action: 'user.sign_in_unlock', entityType: 'user', entityId: user.id }
	});
	return { email: user.email, knownDevice: await knownDeviceFor({ auth, email: user.email }) };
}

/** A fresh known-device token for the browser that has just signed in (or unlocked) this account. */
export async function knownDeviceFor({ auth, email }: { auth: Auth; email: string }) {
	const { secret } = await auth.$context;
	return issueKnownDevice({ secret, email: email.trim().toLowerCase() });
}
