import type { Database } from '../db/client.ts';
import { enqueueJob } from '../jobs/jobs.usecases.ts';
import { localMoment, localParts } from '../activities/local-time.ts';
import type { DigestFrequency, NewsletterListRow } from './newsletters.table.ts';

export const campaignJobKind = 'newsletters.campaign_batch';
export const digestJobKind = 'newsletters.digest';

/**
 * Messages per minute a campaign is sent at unless its sender says otherwise: NEWSLETTER_RATE_PER_MINUTE,
 * else 600 (10 a second), which shared mail servers take without throttling.
 */
export function defaultRatePerMinute(env: NodeJS.ProcessEnv = process.env): number {
	const value = Number(env.NEWSLETTER_RATE_PER_MINUTE);
	return Number.isInteger(value) && value >= 1 && value <= 100_000 ? value : 600;
}

/** Digests go out at this local hour of the day after their period ends. */
const digestHour = '07:00';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The ISO week (`2026-W48`) of a local date. */
function isoWeekOf(date: string): string {
	const day = new Date(`${date}T12:00:00Z`);
	const weekday = (day.getUTCDay() + 6) % 7;
	const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
	const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
	const week = 1 + Math.floor((thursday.getTime() - yearStart.getTime()) / (7 * 86_400_000));
	return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export type DigestPeriod = { key: string; since: Date; until: Date };

/** The last whole period (local week Monday–Sunday, or calendar month) that ended at or before `now`. */
export function lastPeriod(frequency: Exclude<DigestFrequency, 'none'>, now: Date): DigestPeriod {
	const today = localParts(now).date;
	if (frequency === 'weekly') {
		const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
		const monday = addDays(today, -weekday);
		const start = addDays(monday, -7);
		return { key: isoWeekOf(start), since: localMoment(start), until: localMoment(monday) };
	}
	const [year, month] = today.split('-').map(Number) as [number, number];
	const first = `${year}-${String(month).padStart(2, '0')}-01`;
	const previousYear = month === 1 ? year - 1 : year;
	const previousMonth = month === 1 ? 12 : month - 1;
	const start = `${previousYear}-${String(previousMonth).padStart(2, '0')}-01`;
	return { key: start.slice(0, 7), since: localMoment(start), until: localMoment(first) };
}

/** When the digest of the period under way at `now` goes out: the day after it ends, at 7.00. */
export function nextDigestRun(frequency: Exclude<DigestFrequency, 'none'>, now: Date): Date {
	const today = localParts(now).date;
	let end: string;
	if (frequency === 'weekly') {
		const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
		end = addDays(today, 7 - weekday);
	} else {
		const [year, month] = today.split('-').map(Number) as [number, number];
		end = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
	}
	// the digest of a period that ended today and is not out yet goes out today
	const run = localMoment(end, digestHour);
	const todayRun = localMoment(today, digestHour);
	return lastPeriod(frequency, now).until.getTime() === localMoment(today).getTime() && now < todayRun ? todayRun : run;
}

/** Queues the list's next digest job. */
export async function scheduleDigest(db: Database, list: Pick<NewsletterListRow, 'id' | 'digestFrequency'>, publicUrl: string, now = new Date()) {
	if (list.digestFrequency === 'none') return;
	await enqueueJob({
		db,
		kind: digestJobKind,
		runAt: nextDigestRun(list.digestFrequency, now),
		payload: { listId: list.id, publicUrl },
		concurrencyKey: `newsletter-digest:${list.id}`
	});
}
