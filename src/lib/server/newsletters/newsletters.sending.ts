import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { enqueueJob } from '../jobs/jobs.usecases.ts';
import type { MailTransport } from '../mail/mail.transport.ts';
import { findSpaceById } from '../spaces/space-scope.ts';
import { personalise, renderCampaign } from './newsletters.mail.ts';
import { campaignJobKind } from './newsletters.shared.ts';
import { campaignTextsIn, findList, listNameIn, spaceNameIn } from './newsletters.usecases.ts';
import { newsletterCampaigns, newsletterDeliveries, type Locale } from './newsletters.table.ts';

const payloadSchema = z.object({ campaignId: z.uuid(), publicUrl: z.string().min(1) });

/** SMTP answers that mean "not now" (the server throttles or is busy): the sender waits and tries again. */
export const throttlingCodes = new Set([421, 450, 451, 452]);
/** Tries of one recipient that failed for a passing reason before the recipient is recorded as failed. */
export const maxAttemptsPerRecipient = 8;

/** The wait after the n-th throttling answer in a row: 30 s, 1 min, 2 min … at most 30 min. */
export function throttleDelayMs(inARow: number, baseMs = 30_000): number {
	return Math.min(baseMs * 2 ** Math.max(0, inARow - 1), 30 * 60_000);
}

export type SliceOptions = {
	db: Database;
	transport: Pick<MailTransport, 'send'>;
	payload: unknown;
	/** How long one job sends before it hands over to the next (the runner's other jobs wait meanwhile). */
	sliceMs?: number;
	batchSize?: number;
	/** Messages handed to the transport at once. */
	parallel?: number;
	throttleBaseMs?: number;
	mailFrom?: string;
	sleep?: (ms: number) => Promise<void>;
};

export type SliceResult = { sent: number; bounced: number; failed: number; throttled: boolean; finished: boolean };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One slice of a campaign's sending (a job): walks its pending recipients in id order, a batch at a
 * time (keyset; memory stays flat whatever the list's size), at the campaign's rate. Each answer is
 * stored on the recipient's row: sent; bounced on a permanent 5xx (with its code and text); on a
 * throttling answer (421, 450, 451, 452) or a broken connection the recipient stays pending and the
 * slice stops, to resume after a wait that doubles with each throttling in a row; a recipient that
 * failed so `maxAttemptsPerRecipient` times is recorded as failed. Then it queues the next slice,
 * or marks the campaign sent when nobody is pending.
 */
export async function sendCampaignSlice({
	db,
	transport,
	payload,
	sliceMs = 25_000,
	batchSize = 200,
	parallel = 8,
	throttleBaseMs = 30_000,
	mailFrom = process.env.MAIL_FROM || 'noreply@localhost',
	sleep = defaultSleep
}: SliceOptions): Promise<SliceResult> {
	const { campaignId, publicUrl } = payloadSchema.parse(payload);
	const result: SliceResult = { sent: 0, bounced: 0, failed: 0, throttled: false, finished: false };
	const [campaign] = await db.select().from(newsletterCampaigns).where(eq(newsletterCampaigns.id, campaignId)).limit(1);
	if (!campaign || campaign.status !== 'sending') return { ...result, finished: true };
	const list = await findList(db, campaign.listId);
	const space = await findSpaceById(db, campaign.spaceId);
	if (!space) return { ...result, finished: true };
	const rendered = new Map<Locale, Awaited<ReturnType<typeof renderCampaign>>>();
	const renderedIn = async (locale: Locale) => {
		let found = rendered.get(locale);
		if (!found) {
			found = await renderCampaign({
				texts: campaignTextsIn(campaign, locale),
				locale,
				spaceName: spaceNameIn(space, locale),
				listName: listNameIn(list, locale),
				publicUrl
			});
			rendered.set(locale, found);
		}
		return found;
	};
	const perMessageMs = 60_000 / (campaign.ratePerMinute ?? 600);
	const started = Date.now();
	let attempted = 0;
	let after = 0;
	let throttledInARow = campaign.throttledInARow;

	slice: for (;;) {
		const batch = rowsOf<{ id: number; email: string; locale: Locale; attempts: number; token: string | null }>(
			await db.execute(sql`select d.id, d.email, d.locale, d.attempts, k.token
				from newsletter_deliveries d
				left join newsletter_keys k on k.list_id = ${list.id} and lower(k.email) = lower(d.email)
				where d.campaign_id = ${campaignId} and d.status = 'pending' and d.id > ${after}
				order by d.id limit ${batchSize}`)
		);
		if (batch.length === 0) break;
		// a few at once, as a mail server takes them on several connections (SMTP_URL `?pool=true`)
		for (let at = 0; at < batch.length; at += parallel) {
			if (Date.now() - started >= sliceMs) break slice;
			const group = batch.slice(at, at + parallel);
			const wait = started + attempted * perMessageMs - Date.now();
			if (wait > 0) await sleep(wait);
			attempted += group.length;
			after = Number(group[group.length - 1]!.id);
			const outcomes = await Promise.all(
				group.map(async (row) => {
					const locale: Locale = row.locale === 'en' ? 'en' : 'sl';
					const mail = personalise(await renderedIn(locale), { to: row.email, token: row.token ?? 'none', publicUrl, locale, mailFrom });
					try {
						await transport.send(mail);
						return { row, code: 250, text: null };
					} catch (error) {
						const code = (error as { responseCode?: unknown }).responseCode;
						return { row, code: typeof code === 'number' ? code : null, text: (error instanceof Error ? error.message : String(error)).slice(0, 1000) };
					}
				})
			);
			let throttled = false;
			for (const { row, code, text } of outcomes) {
				if (code === 250) {
					await db
						.update(newsletterDeliveries)
						.set({ status: 'sent', attempts: row.attempts + 1, responseCode: 250, response: null, sentAt: new Date(), updatedAt: new Date() })
						.where(eq(newsletterDeliveries.id, row.id));
					result.sent++;
					continue;
				}
				if (code !== null && code >= 500) {
					await db
						.update(newsletterDeliveries)
						.set({ status: 'bounced', attempts: row.attempts + 1, responseCode: code, response: text, updatedAt: new Date() })
						.where(eq(newsletterDeliveries.id, row.id));
					result.bounced++;
					continue;
				}
				// a passing failure: throttled, busy, or no answer at all
				const givesUp = row.attempts + 1 >= maxAttemptsPerRecipient;
				await db
					.update(newsletterDeliveries)
					.set({ status: givesUp ? 'failed' : 'pending', attempts: row.attempts + 1, responseCode: code, response: text, updatedAt: new Date() })
					.where(eq(newsletterDeliveries.id, row.id));
				if (givesUp) result.failed++;
				throttled = true;
			}
			if (throttled) {
				throttledInARow++;
				result.throttled = true;
				break slice;
			}
			if (result.sent > 0) throttledInARow = 0;
		}
	}

	await db.update(newsletterCampaigns).set({ throttledInARow, updatedAt: new Date() }).where(eq(newsletterCampaigns.id, campaignId));
	const [pending] = await db
		.select({ id: newsletterDeliveries.id })
		.from(newsletterDeliveries)
		.where(and(eq(newsletterDeliveries.campaignId, campaignId), eq(newsletterDeliveries.status, 'pending')))
		.limit(1);
	if (!pending) {
		await db.update(newsletterCampaigns).set({ status: 'sent', finishedAt: new Date(), updatedAt: new Date() }).where(eq(newsletterCampaigns.id, campaignId));
		return { ...result, finished: true };
	}
	const runAt = new Date(Date.now() + (result.throttled ? throttleDelayMs(throttledInARow, throttleBaseMs) : 0));
	await enqueueJob({
		db,
		kind: campaignJobKind,
		payload: { campaignId, publicUrl },
		runAt,
		concurrencyKey: `newsletter-campaign:${campaignId}`,
		maxAttempts: 50
	});
	return result;
}
