import { and, eq, gt } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { systemActor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { countAttempt, type Limit } from '../rate-limit/rate-limit.usecases.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';
import { emailTaken, passwordResetRateLimited, resetLinkInvalid, setupAlreadyDone, setupLinkInvalid, wrongCurrentPassword } from './auth.errors.ts';
import { usersPolicy } from './auth.policy.ts';
import { changePasswordSchema, newUserSchema, requestPasswordResetSchema, resetPasswordSchema, type NewUser } from './auth.schemas.ts';
import { verifications, type UserRow } from './auth.table.ts';
import type { Auth } from './better-auth.ts';
import { createUsersRepository } from './users.repository.ts';

type AuthDeps = { db: Database; auth: Auth };

const apiErrorCode = (error: unknown) => (error instanceof APIError ? (error.body?.code as string | undefined) : undefined);

/**
 * Makes an account. With `ownAccount`, the person making it is its owner (on a setup or invitation
 * link): the log names them by the new account, not by the platform that let them.
 */
export async function createUser({ db, auth, context, input, ownAccount = false }: AuthDeps & { context: AuditContext; input: NewUser; ownAccount?: boolean }) {
	authorize(usersPolicy, context.actor, 'create');
	const data = newUserSchema.parse(input);
	if (await createUsersRepository({ db }).findByEmail(data.email)) throw emailTaken(data.email);
	const internals = await auth.$context;
	const user = (await internals.internalAdapter.createUser(
		{ email: data.email, name: data.name, emailVerified: true, isPlatformAdmin: data.isPlatformAdmin, locale: data.locale },
		{ method: 'admin' }
	)) as unknown as UserRow;
	await internals.internalAdapter.linkAccount({
		userId: user.id,
		providerId: 'credential',
		accountId: user.id,
		password: await internals.password.hash(data.password)
	});
	const after = { email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin, locale: user.locale };
	const recordedAs = ownAccount ? { ...context, person: { userId: user.id, label: user.email } } : context;
	await recordAudit({ db, context: recordedAs, change: { action: 'user.create', entityType: 'user', entityId: user.id, after } });
	return user;
}

export async function signOut({ db, auth, context, headers }: AuthDeps & { context: AuditContext; headers: Headers }) {
	await auth.api.signOut({ headers });
	if (context.actor.kind !== 'session') return;
	await recordAudit({ db, context, change: { action: 'user.sign_out', entityType: 'user', entityId: context.actor.userId } });
}

export async function changePassword({ db, auth, context, input, headers }: AuthDeps & { context: AuditContext; input: unknown; headers: Headers }) {
	authorize(usersPolicy, context.actor, 'changeOwnPassword');
	const { currentPassword, newPassword } = changePasswordSchema.parse(input);
	try {
		await auth.api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers });
	} catch (error) {
		if (apiErrorCode(error) === 'INVALID_PASSWORD') throw wrongCurrentPassword();
		throw error;
	}
	const userId = context.actor.kind === 'session' ? context.actor.userId : '';
	await recordAudit({ db, context, change: { action: 'user.change_password', entityType: 'user', entityId: userId } });
}

/** For the command line: mails a reset link to an account's owner, without limits. */
export async function requestPasswordReset({ auth, email }: { auth: Auth; email: string }): Promise<void> {
	await auth.api.requestPasswordReset({ body: { email: email.trim().toLowerCase() } });
}

// Reset mails a form may ask for: a few per account (its owner's mailbox is not to be flooded),
// more per address (an office behind one IP address).
const resetWindowSeconds = 60 * 60;
const resetLimits = (email: string, address: string): Limit[] => [
	{ key: `password-reset:address:${address}`, max: 10, windowSeconds: resetWindowSeconds },
	{ key: `password-reset:account:${email}`, max: 3, windowSeconds: resetWindowSeconds }
];

/**
 * The "forgot password" form. Answers the same whether or not the address has an account, so
 * nobody can probe: the limits count addresses without an account too.
 */
export async function requestPasswordResetByForm({ db, auth, input, address }: AuthDeps & { input: unknown; address: string }) {
	const { email } = requestPasswordResetSchema.parse(input);
	const attempt = await countAttempt({ db, limits: resetLimits(email, address) });
	if (!attempt.allowed) throw passwordResetRateLimited(attempt.retryAfterMinutes);
	await requestPasswordReset({ auth, email });
}

export async function resetPassword({ db, auth, input }: AuthDeps & { input: unknown }) {
	const { token, newPassword } = resetPasswordSchema.parse(input);
	// better-auth keeps the user id of a reset link under this identifier
	const [link] = await db
		.select()
		.from(verifications)
		.where(and(eq(verifications.identifier, `reset-password:${token}`), gt(verifications.expiresAt, new Date())));
	if (!link) throw resetLinkInvalid();
	try {
		await auth.api.resetPassword({ body: { token, newPassword } });
	} catch (error) {
		if (apiErrorCode(error) === 'INVALID_TOKEN') throw resetLinkInvalid();
		throw error;
	}
	const user = await createUsersRepository({ db }).findById(link.value);
	// whoever holds the link is the account's owner: the log names them, not the platform
	await recordAudit({
		db,
		context: { actor: systemActor, source: 'form', person: { userId: link.value, label: user?.email ?? link.value } },
		change: { action: 'user.reset_password', entityType: 'user', entityId: link.value, after: { email: user?.email } }
	});
}

const setupIdentifier = 'platform:first-admin-setup';
const setupLinkHours = 24;

/**
 * While nobody has an account, a one-time link lets the person who started the server create
 * the first platform administrator. Each start issues a new link and voids the old one.
 */
export async function issueSetupLinkIfNoUsers({ db }: { db: Database }): Promise<string | undefined> {
	if ((await createUsersRepository({ db }).count()) > 0) return undefined;
	const token = randomSecret();
	await db.transaction(async (tx) => {
		await tx.delete(verifications).where(eq(verifications.identifier, setupIdentifier));
		await tx.insert(verifications).values({
			id: crypto.randomUUID(),
			identifier: setupIdentifier,
			value: hashSecret(token),
			expiresAt: new Date(Date.now() + setupLinkHours * 3600_000)
		});
	});
	return token;
}

export async function isSetupLinkValid({ db, token }: { db: Database; token: string }): Promise<boolean> {
	const [row] = await db
		.select()
		.from(verifications)
		.where(and(eq(verifications.identifier, setupIdentifier), eq(verifications.value, hashSecret(token)), gt(verifications.expiresAt, new Date())));
	return Boolean(row);
}

/**
 * Creates the first platform administrator through the setup link. The link is used up only by
 * a setup that succeeds: a mistake in the form (a short password) leaves it working.
 */
export async function completeSetup({ db, auth, token, input }: AuthDeps & { token: string; input: Omit<NewUser, 'isPlatformAdmin'> }) {
	const data = newUserSchema.parse({ ...input, isPlatformAdmin: true });
	if ((await createUsersRepository({ db }).count()) > 0) throw setupAlreadyDone();
	// deleting the link first makes it single-use even when two people submit at once
	const [used] = await db
		.delete(verifications)
		.where(and(eq(verifications.identifier, setupIdentifier), eq(verifications.value, hashSecret(token)), gt(verifications.expiresAt, new Date())))
		.returning();
	if (!used) throw setupLinkInvalid();
	try {
		return await createUser({ db, auth, context: { actor: systemActor, source: 'form' }, input: data, ownAccount: true });
	} catch (error) {
		// nobody was created: the link works again (better-auth writes outside any transaction of ours)
		await db.insert(verifications).values(used);
		throw error;
	}
}
