import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import { personForEmail } from '../people/people-by-email.usecases.ts';
import { systemActor } from '../policy/actor.ts';
import { countAttempt } from '../rate-limit/rate-limit.usecases.ts';
import { findSpaceById } from '../spaces/space-scope.ts';
import {
	newsletterConfirmLinkExpired,
	newsletterConfirmLinkInvalid,
	newsletterListNotPublic,
	newsletterSignupRateLimited,
	newsletterSignupRefused,
	newsletterUnsubscribeLinkInvalid
} from './newsletters.errors.ts';
import { confirmationMail } from './newsletters.mail.ts';
import { signUpSchema } from './newsletters.schemas.ts';
import { findList, listNameIn, spaceNameIn } from './newsletters.usecases.ts';
import { newsletterKeys, newsletterLists, newsletterSubscriptions, type Locale } from './newsletters.table.ts';

/** How long a confirmation link works. */
export const confirmValidDays = 7;
const hour = 60 * 60;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The source a confirmed sign-up's consent is recorded with (no client address is kept). */
export const signUpSource = (listName: string) => `newsletter sign-up form, list ${listName}, IP-less`;

export const confirmUrlOf = (publicUrl: string, locale: Locale, token: string) => `${publicUrl}${locale === 'en' ? '/en' : ''}/newsletters/confirm/${token}`;

/**
 * A sign-up to a public list (the form and the API): a pending subscription and a mail with a
 * confirmation link, and nothing else: the address gets no newsletter, and the registry neither
 * the person nor a consent, until the link is followed. Signing up again sends a new link (the old
 * one stops working); an address already confirmed is told nothing new. Rate-limited per client
 * address and per address mailed; a filled honeypot is refused without storing anything.
 */
export async function signUp({
	db,
	listId,
	input,
	clientAddress,
	publicUrl,
	now = new Date()
}: {
	db: Database;
	listId: string;
	input: unknown;
	clientAddress: string;
	publicUrl: string;
	now?: Date;
}): Promise<{ status: 'pending' | 'confirmed' }> {
	const { email, locale, website } = signUpSchema.parse(input);
	const list = await findList(db, listId);
	if (list.audience !== 'public') throw newsletterListNotPublic(listId);
	const attempt = await countAttempt({
		db,
		limits: [
			{ key: `newsletter-signup:address:${clientAddress}`, max: 20, windowSeconds: hour },
			{ key: `newsletter-signup:email:${email}`, max: 3, windowSeconds: 24 * hour }
		]
	});
	if (!attempt.allowed) throw newsletterSignupRateLimited(attempt.retryAfterMinutes);
	if (website?.trim()) throw newsletterSignupRefused();
	const space = await findSpaceById(db, list.spaceId);
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select()
			.from(newsletterSubscriptions)
			.where(and(eq(newsletterSubscriptions.listId, list.id), sql`lower(${newsletterSubscriptions.email}) = ${email}`))
			.for('update')
			.limit(1);
		if (existing?.status === 'confirmed') return { status: 'confirmed' as const };
		const token = randomBytes(24).toString('base64url');
		const values = {
			status: 'pending' as const,
			locale,
			confirmTokenHash: hashOf(token),
			confirmExpiresAt: new Date(now.getTime() + confirmValidDays * 86_400_000),
			requestedAt: now,
			updatedAt: now
		};
		if (existing) await tx.update(newsletterSubscriptions).set(values).where(eq(newsletterSubscriptions.id, existing.id));
		else await tx.insert(newsletterSubscriptions).values({ listId: list.id, email, ...values });
		await queueMail({
			db: tx,
			message: await confirmationMail({
				to: email,
				locale,
				spaceName: space ? spaceNameIn(space, locale) : '',
				listName: listNameIn(list, locale),
				confirmUrl: confirmUrlOf(publicUrl, locale, token),
				validDays: confirmValidDays
			})
		});
		return { status: 'pending' as const };
	});
}

export type ConfirmResult = { listName: string; spaceName: string; alreadyConfirmed: boolean };

/**
 * Following the confirmation link: the person is found or made in the registry by the address,
 * their newsletter consent recorded with its time and source, and the subscription confirmed.
 * Following it again answers the same (idempotent); an expired link says so.
 */
export async function confirmSignUp({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }): Promise<ConfirmResult> {
	if (!/^[A-Za-z0-9_-]{10,100}$/.test(token)) throw newsletterConfirmLinkInvalid();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(newsletterSubscriptions)
			.where(eq(newsletterSubscriptions.confirmTokenHash, hashOf(token)))
			.for('update')
			.limit(1);
		if (!row) throw newsletterConfirmLinkInvalid();
		const list = await findList(tx, row.listId);
		const space = await findSpaceById(tx, list.spaceId);
		const names = { listName: listNameIn(list, row.locale), spaceName: space ? spaceNameIn(space, row.locale) : '' };
		if (row.status === 'confirmed') return { ...names, alreadyConfirmed: true };
		if (row.status !== 'pending') throw newsletterConfirmLinkInvalid();
		if (row.confirmExpiresAt && row.confirmExpiresAt < now) throw newsletterConfirmLinkExpired();
		const { person } = await personForEmail({
			db: tx,
			name: row.email.split('@')[0] ?? row.email,
			email: row.email,
			organisationId: null,
			consent: { purpose: 'newsletter', granted: true, source: signUpSource(list.nameSl) }
		});
		await tx
			.update(newsletterSubscriptions)
			.set({ status: 'confirmed', personId: person.id, confirmedAt: now, unsubscribedAt: null, updatedAt: now })
			.where(eq(newsletterSubscriptions.id, row.id));
		const context: AuditContext = { actor: systemActor, source: 'form', person: { label: row.email } };
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'newsletter.subscription_confirm',
				entityType: 'newsletter_subscription',
				entityId: row.id,
				spaceId: list.spaceId,
				after: { listId: list.id, personId: person.id }
			}
		});
		return { ...names, alreadyConfirmed: false };
	});
}

export type UnsubscribeView = { listName: string; spaceName: string; email: string; unsubscribed: boolean; locale: Locale };

async function keyRow(db: Database, token: string) {
	if (!/^[a-f0-9]{64}$/.test(token)) throw newsletterUnsubscribeLinkInvalid();
	const [row] = await db
		.select({ listId: newsletterKeys.listId, email: newsletterKeys.email, list: newsletterLists })
		.from(newsletterKeys)
		.innerJoin(newsletterLists, eq(newsletterLists.id, newsletterKeys.listId))
		.where(eq(newsletterKeys.token, token))
		.limit(1);
	if (!row) throw newsletterUnsubscribeLinkInvalid();
	return row;
}

/** What the unsubscribe page shows before its button is pressed (a GET changes nothing: mail scanners follow links). */
export async function describeUnsubscribe({ db, token, locale }: { db: Database; token: string; locale: Locale }): Promise<UnsubscribeView> {
	const row = await keyRow(db, token);
	const [subscription] = await db
		.select({ status: newsletterSubscriptions.status })
		.from(newsletterSubscriptions)
		.where(and(eq(newsletterSubscriptions.listId, row.listId), sql`lower(${newsletterSubscriptions.email}) = lower(${row.email})`))
		.limit(1);
	const space = await findSpaceById(db, row.list.spaceId);
	return {
		listName: listNameIn(row.list, locale),
		spaceName: space ? spaceNameIn(space, locale) : '',
		email: row.email,
		unsubscribed: subscription?.status === 'unsubscribed',
		locale
	};
}

/**
 * Leaves the list with one POST (the page's button, or a mail client's RFC 8058 request): the key
 * is the authority. The address's subscription is recorded as withdrawn, with its time (a member
 * of the space on a members list is kept out of it from now on too). Idempotent.
 */
export async function unsubscribe({
	db,
	token,
	source,
	now = new Date()
}: {
	db: Database;
	token: string;
	source: 'link' | 'one-click';
	now?: Date;
}): Promise<{ listId: string; alreadyUnsubscribed: boolean }> {
	return db.transaction(async (tx) => {
		const row = await keyRow(tx, token);
		const [existing] = await tx
			.select()
			.from(newsletterSubscriptions)
			.where(and(eq(newsletterSubscriptions.listId, row.listId), sql`lower(${newsletterSubscriptions.email}) = lower(${row.email})`))
			.for('update')
			.limit(1);
		if (existing?.status === 'unsubscribed') return { listId: row.listId, alreadyUnsubscribed: true };
		const values = { status: 'unsubscribed' as const, unsubscribedAt: now, confirmTokenHash: null, updatedAt: now };
		let id = existing?.id;
		if (existing) await tx.update(newsletterSubscriptions).set(values).where(eq(newsletterSubscriptions.id, existing.id));
		else {
			const [inserted] = await tx
				.insert(newsletterSubscriptions)
				.values({ listId: row.listId, email: row.email, ...values })
				.returning({ id: newsletterSubscriptions.id });
			id = inserted!.id;
		}
		await recordAudit({
			db: tx,
			context: { actor: systemActor, source: 'form', person: { label: row.email } },
			change: {
				action: 'newsletter.unsubscribe',
				entityType: 'newsletter_subscription',
				entityId: id!,
				spaceId: row.list.spaceId,
				before: { status: existing?.status ?? 'registry' },
				after: { status: 'unsubscribed', by: source }
			}
		});
		return { listId: row.listId, alreadyUnsubscribed: false };
	});
}
