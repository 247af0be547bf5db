import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../paraglide/messages.js';
import type { Database } from '../db/client.ts';
import type { JobHandlers } from '../jobs/jobs.usecases.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import { findSpaceById } from '../spaces/space-scope.ts';
import { keyFor, recipientBatches } from './newsletters.audience.ts';
import { renderLayout, textFooter, unsubscribeHeaders, unsubscribeUrlOf } from './newsletters.mail.ts';
import { digestJobKind, lastPeriod, scheduleDigest } from './newsletters.shared.ts';
import { listNameIn, spaceNameIn } from './newsletters.usecases.ts';
import { newsletterLists, type Locale } from './newsletters.table.ts';

// The shapes of the digest contract (notes/contracts.md), declared here so that nothing is imported from digest/.
export type DigestItem = { title: string; url: string; when?: string; detail?: string };
export type DigestSubscriber = { email: string; personId: string | null; locale: 'sl' | 'en' };
export type ComposedDigest = { sections: { id: string; heading: string; items: DigestItem[] }[] };
export type DigestComposer = (input: {
	db: Database;
	spaceId: string;
	subscriber: DigestSubscriber;
	since: Date;
	until: Date;
	publicUrl: string;
}) => Promise<ComposedDigest | null>;

const payloadSchema = z.object({ listId: z.uuid(), publicUrl: z.string().min(1) });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const dateFormats = {
	sl: new Intl.DateTimeFormat('sl-SI', { timeZone: 'Europe/Ljubljana', day: 'numeric', month: 'numeric', year: 'numeric' }),
	en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Ljubljana', day: 'numeric', month: 'long', year: 'numeric' })
};
/** An item's date as people write it: `21. 12. 2021`, `21 December 2021`. */
export function digestDate(when: string, locale: Locale): string {
	const moment = new Date(/^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T12:00:00Z` : when);
	return Number.isNaN(moment.getTime()) ? when : dateFormats[locale].format(moment);
}

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '#');

/** A composed digest as the HTML part's content and the text part's body. */
export function digestContent(digest: ComposedDigest, locale: Locale): { html: string; text: string } {
	const html = digest.sections
		.filter((section) => section.items.length > 0)
		.map((section) => {
			const items = section.items
				.map((item) => {
					const when = item.when ? `<span style="color:#3b4450">${escapeHtml(digestDate(item.when, locale))}</span><br />` : '';
					const detail = item.detail ? `<br /><span style="color:#3b4450;font-size:15px">${escapeHtml(item.detail)}</span>` : '';
					return `<li style="margin:0 0 14px">${when}<a href="${escapeHtml(safeUrl(item.url))}">${escapeHtml(item.title)}</a>${detail}</li>`;
				})
				.join('');
			return `<h2>${escapeHtml(section.heading)}</h2><ul style="padding-left:20px;margin:0">${items}</ul>`;
		})
		.join('');
	const text = digest.sections
		.filter((section) => section.items.length > 0)
		.map(
			(section) =>
				`${section.heading}\n\n${section.items
					.map((item) => `- ${item.when ? `${digestDate(item.when, locale)}: ` : ''}${item.title}\n  ${item.url}${item.detail ? `\n  ${item.detail}` : ''}`)
					.join('\n')}`
		)
		.join('\n\n');
	return { html, text };
}

/**
 * Sends a list's digest for the period that ended last (a job): each recipient of the list gets
 * what `composeDigest` assembles for them, in their language, with the unsubscribe link and
 * headers; nothing when it returns null. The period is recorded on the list in the transaction
 * that queues the mails, so a job run twice (a restart, a duplicate) sends one digest per period.
 * Then it queues the next period's job.
 */
export async function sendDigest({
	db,
	payload,
	composeDigest,
	now = new Date(),
	mailFrom = process.env.MAIL_FROM || 'noreply@localhost'
}: {
	db: Database;
	payload: unknown;
	composeDigest: DigestComposer;
	now?: Date;
	mailFrom?: string;
}): Promise<{ period: string | null; sent: number }> {
	const { listId, publicUrl } = payloadSchema.parse(payload);
	return db.transaction(async (tx) => {
		const [list] = await tx.select().from(newsletterLists).where(eq(newsletterLists.id, listId)).for('update').limit(1);
		if (!list || list.digestFrequency === 'none') return { period: null, sent: 0 };
		const period = lastPeriod(list.digestFrequency, now);
		if (list.lastDigestPeriod === period.key) return { period: null, sent: 0 };
		const space = await findSpaceById(tx, list.spaceId);
		let sent = 0;
		if (space && !space.archived) {
			for await (const batch of recipientBatches(tx, list, 200)) {
				for (const recipient of batch) {
					const locale = recipient.locale;
					const digest = await composeDigest({
						db: tx,
						spaceId: list.spaceId,
						subscriber: { email: recipient.email, personId: recipient.personId, locale },
						since: period.since,
						until: period.until,
						publicUrl
					});
					if (!digest || digest.sections.every((section) => section.items.length === 0)) continue;
					const token = await keyFor(tx, list.id, recipient.email);
					const unsubscribeUrl = unsubscribeUrlOf(publicUrl, locale, token);
					const spaceName = spaceNameIn(space, locale);
					const listName = listNameIn(list, locale);
					const content = digestContent(digest, locale);
					const title = m.newsletters_digest_subject({ space: spaceName, period: periodWords(list.digestFrequency, period.since, locale) }, { locale });
					const html = await renderLayout({
						locale,
						spaceName,
						listName,
						contentHtml: `<h2>${escapeHtml(title)}</h2>${content.html}`,
						unsubscribeUrl,
						preview: title
					});
					await queueMail({
						db: tx,
						message: {
							to: recipient.email,
							subject: title.slice(0, 200),
							html,
							text: `${title}\n\n${content.text}\n\n${textFooter(locale, spaceName, listName, unsubscribeUrl)}`,
							headers: unsubscribeHeaders(unsubscribeUrl, mailFrom)
						}
					});
					sent++;
				}
			}
		}
		await tx.update(newsletterLists).set({ lastDigestPeriod: period.key }).where(eq(newsletterLists.id, list.id));
		await scheduleDigest(tx, list, publicUrl, now);
		return { period: period.key, sent };
	});
}

function periodWords(frequency: 'weekly' | 'monthly', since: Date, locale: Locale): string {
	if (frequency === 'monthly')
		return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sl-SI', { timeZone: 'Europe/Ljubljana', month: 'long', year: 'numeric' }).format(since);
	return m.newsletters_digest_week_of({ date: digestDate(since.toISOString(), locale) }, { locale });
}

/** The digest job's handler; the integrator passes the real `composeDigest` (digest/digest.compose.ts). */
export function digestJobHandlers({ db, composeDigest }: { db: Database; composeDigest: DigestComposer }): JobHandlers {
	return { [digestJobKind]: (payload) => sendDigest({ db, payload, composeDigest }) };
}
