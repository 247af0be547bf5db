import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { enqueueJob } from '../jobs/jobs.usecases.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';
import { countRecipients, ensureKeys, recipientsSql } from './newsletters.audience.ts';
import { newsletterCampaignNotDraft, newsletterCampaignNotFound, newsletterListNotFound, newsletterNoStaffAddress } from './newsletters.errors.ts';
import { personalise, renderCampaign } from './newsletters.mail.ts';
import { newslettersPolicy } from './newsletters.policy.ts';
import { newCampaignSchema, newListSchema, sendCampaignSchema } from './newsletters.schemas.ts';
import { campaignJobKind, defaultRatePerMinute, scheduleDigest } from './newsletters.shared.ts';
import {
	newsletterCampaigns,
	newsletterDeliveries,
	newsletterLists,
	type CampaignRow,
	type DeliveryStatus,
	type Locale,
	type NewsletterListRow
} from './newsletters.table.ts';

export type ListSummary = {
	id: string;
	spaceId: string;
	name: { sl: string; en?: string };
	audience: NewsletterListRow['audience'];
	regionCode: string | null;
	fieldCode: string | null;
	digestFrequency: NewsletterListRow['digestFrequency'];
	recipients: number;
	createdAt: string;
};

export const listNameIn = (list: Pick<NewsletterListRow, 'nameSl' | 'nameEn'>, locale: Locale) => (locale === 'en' && list.nameEn ? list.nameEn : list.nameSl);
export const spaceNameIn = (space: Pick<SpaceRef, 'name'>, locale: Locale) => (locale === 'en' && space.name.en ? space.name.en : space.name.sl);

const presentList = (row: NewsletterListRow, recipients: number): ListSummary => ({
	id: row.id,
	spaceId: row.spaceId,
	name: row.nameEn ? { sl: row.nameSl, en: row.nameEn } : { sl: row.nameSl },
	audience: row.audience,
	regionCode: row.regionCode,
	fieldCode: row.fieldCode,
	digestFrequency: row.digestFrequency,
	recipients,
	createdAt: row.createdAt.toISOString()
});

/** A space's lists with how many people each reaches now. */
export async function listLists({ db, actor, space }: { db: Database; actor: Actor; space: SpaceRef }): Promise<ListSummary[]> {
	authorize(newslettersPolicy, actor, 'read', { spaceId: space.id });
	const rows = await db.select().from(newsletterLists).where(eq(newsletterLists.spaceId, space.id)).orderBy(newsletterLists.createdAt);
	return Promise.all(rows.map(async (row) => presentList(row, await countRecipients(db, row))));
}

/** The public lists of a space (sign-up pages). */
export async function publicLists(db: Database, spaceId: string): Promise<NewsletterListRow[]> {
	return db
		.select()
		.from(newsletterLists)
		.where(and(eq(newsletterLists.spaceId, spaceId), eq(newsletterLists.audience, 'public')))
		.orderBy(newsletterLists.createdAt);
}

export async function findList(db: Database, id: string): Promise<NewsletterListRow> {
	const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await db.select().from(newsletterLists).where(eq(newsletterLists.id, id)).limit(1) : [];
	if (!row) throw newsletterListNotFound(id);
	return row;
}

export async function createList({
	db,
	context,
	space,
	input,
	publicUrl
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	input: unknown;
	publicUrl: string;
}): Promise<ListSummary> {
	const list = newListSchema.parse(input);
	return changingInSpace({ db, context, space }, newslettersPolicy, 'manage', async (tx) => {
		const [row] = await tx
			.insert(newsletterLists)
			.values({
				spaceId: space.id,
				nameSl: list.nameSl,
				nameEn: list.nameEn ?? null,
				audience: list.audience,
				regionCode: list.audience === 'region' ? (list.regionCode ?? null) : null,
				fieldCode: list.audience === 'field' ? (list.fieldCode ?? null) : null,
				digestFrequency: list.digestFrequency
			})
			.returning();
		if (row!.digestFrequency !== 'none') await scheduleDigest(tx, row!, publicUrl);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'newsletter.list_create', entityType: 'newsletter_list', entityId: row!.id, spaceId: space.id, after: list }
		});
		return presentList(row!, await countRecipients(tx, row!));
	});
}

export type SubscriberView = {
	email: string;
	personId: string | null;
	locale: Locale;
	status: string;
	confirmedAt: string | null;
	source: 'sign-up' | 'registry';
};

/** The people a list reaches now (registry and sign-ups), and the sign-ups that wait or left; staff only. */
export async function listSubscribers({
	db,
	actor,
	listId,
	limit = 500,
	after = ''
}: {
	db: Database;
	actor: Actor;
	listId: string;
	limit?: number;
	after?: string;
}): Promise<{ items: SubscriberView[]; pending: number; unsubscribed: number; next: string | null }> {
	const list = await findList(db, listId);
	authorize(newslettersPolicy, actor, 'read', { spaceId: list.spaceId });
	const rows = rowsOf<{ person_id: string | null; email: string; locale: Locale; key: string; confirmed_at: Date | null; signed_up: boolean }>(
		await db.execute(sql`select r.person_id, r.email, r.locale, r.key, s.confirmed_at, s.id is not null as signed_up
			from ${recipientsSql(list)} r
			left join newsletter_subscriptions s on s.list_id = ${list.id} and lower(s.email) = r.key and s.status = 'confirmed'
			where r.key > ${after} order by r.key limit ${limit}`)
	);
	const [counts] = rowsOf<{ pending: number; unsubscribed: number }>(
		await db.execute(sql`select count(*) filter (where status = 'pending')::int as pending, count(*) filter (where status = 'unsubscribed')::int as unsubscribed
			from newsletter_subscriptions where list_id = ${list.id}`)
	);
	return {
		items: rows.map((row) => ({
			email: row.email,
			personId: row.person_id,
			locale: row.locale,
			status: 'confirmed',
			confirmedAt: row.confirmed_at ? new Date(row.confirmed_at).toISOString() : null,
			source: row.signed_up ? 'sign-up' : 'registry'
		})),
		pending: counts?.pending ?? 0,
		unsubscribed: counts?.unsubscribed ?? 0,
		next: rows.length === limit ? rows[rows.length - 1]!.key : null
	};
}

// ---- campaigns ----

export type DeliveryCounts = Record<DeliveryStatus, number>;
export type CampaignView = {
	id: string;
	spaceId: string;
	listId: string;
	subject: { sl: string; en?: string };
	body: { sl: string; en?: string };
	status: CampaignRow['status'];
	ratePerMinute: number | null;
	startedAt: string | null;
	finishedAt: string | null;
	createdAt: string;
	deliveries: DeliveryCounts;
};

async function deliveryCounts(db: Database, campaignId: string): Promise<DeliveryCounts> {
	const rows = await db
		.select({ status: newsletterDeliveries.status, count: sql<number>`count(*)::int` })
		.from(newsletterDeliveries)
		.where(eq(newsletterDeliveries.campaignId, campaignId))
		.groupBy(newsletterDeliveries.status);
	const counts: DeliveryCounts = { pending: 0, sent: 0, failed: 0, bounced: 0 };
	for (const row of rows) counts[row.status] = Number(row.count);
	return counts;
}

async function presentCampaign(db: Database, row: CampaignRow): Promise<CampaignView> {
	return {
		id: row.id,
		spaceId: row.spaceId,
		listId: row.listId,
		subject: row.subjectEn ? { sl: row.subjectSl, en: row.subjectEn } : { sl: row.subjectSl },
		body: row.bodyEn ? { sl: row.bodySl, en: row.bodyEn } : { sl: row.bodySl },
		status: row.status,
		ratePerMinute: row.ratePerMinute,
		startedAt: row.startedAt?.toISOString() ?? null,
		finishedAt: row.finishedAt?.toISOString() ?? null,
		createdAt: row.createdAt.toISOString(),
		deliveries: await deliveryCounts(db, row.id)
	};
}

export async function listCampaigns({ db, actor, space }: { db: Database; actor: Actor; space: SpaceRef }): Promise<CampaignView[]> {
	authorize(newslettersPolicy, actor, 'read', { spaceId: space.id });
	const rows = await db
		.select()
		.from(newsletterCampaigns)
		.where(eq(newsletterCampaigns.spaceId, space.id))
		.orderBy(desc(newsletterCampaigns.createdAt))
		.limit(200);
	return Promise.all(rows.map((row) => presentCampaign(db, row)));
}

async function findCampaignRow(db: Database, id: string): Promise<CampaignRow> {
	const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await db.select().from(newsletterCampaigns).where(eq(newsletterCampaigns.id, id)).limit(1) : [];
	if (!row) throw newsletterCampaignNotFound(id);
	return row;
}

export async function getCampaign({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<CampaignView> {
	const row = await findCampaignRow(db, id);
	authorize(newslettersPolicy, actor, 'read', { spaceId: row.spaceId });
	return presentCampaign(db, row);
}

export async function createCampaign({
	db,
	context,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	input: unknown;
}): Promise<CampaignView> {
	const campaign = newCampaignSchema.parse(input);
	return changingInSpace({ db, context, space }, newslettersPolicy, 'manage', async (tx) => {
		const list = await findList(tx, campaign.listId);
		if (list.spaceId !== space.id) throw newsletterListNotFound(campaign.listId);
		const [row] = await tx
			.insert(newsletterCampaigns)
			.values({
				spaceId: space.id,
				listId: list.id,
				subjectSl: campaign.subjectSl,
				bodySl: campaign.bodySl,
				subjectEn: campaign.subjectEn ?? null,
				bodyEn: campaign.bodyEn ?? null
			})
			.returning();
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'newsletter.campaign_create',
				entityType: 'newsletter_campaign',
				entityId: row!.id,
				spaceId: space.id,
				after: { listId: list.id, subjectSl: campaign.subjectSl }
			}
		});
		return presentCampaign(tx, row!);
	});
}

/** Changes a draft (what the editor saves). */
export async function updateCampaign({
	db,
	context,
	space,
	id,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	id: string;
	input: unknown;
}): Promise<CampaignView> {
	const campaign = newCampaignSchema.parse(input);
	return changingInSpace({ db, context, space }, newslettersPolicy, 'manage', async (tx) => {
		const row = await findCampaignRow(tx, id);
		if (row.spaceId !== space.id) throw newsletterCampaignNotFound(id);
		if (row.status !== 'draft') throw newsletterCampaignNotDraft(row.status);
		const list = await findList(tx, campaign.listId);
		if (list.spaceId !== space.id) throw newsletterListNotFound(campaign.listId);
		const [updated] = await tx
			.update(newsletterCampaigns)
			.set({
				listId: list.id,
				subjectSl: campaign.subjectSl,
				bodySl: campaign.bodySl,
				subjectEn: campaign.subjectEn ?? null,
				bodyEn: campaign.bodyEn ?? null,
				updatedAt: new Date()
			})
			.where(eq(newsletterCampaigns.id, id))
			.returning();
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'newsletter.campaign_update',
				entityType: 'newsletter_campaign',
				entityId: id,
				spaceId: space.id,
				after: { subjectSl: campaign.subjectSl }
			}
		});
		return presentCampaign(tx, updated!);
	});
}

export const campaignTextsIn = (row: Pick<CampaignRow, 'subjectSl' | 'bodySl' | 'subjectEn' | 'bodyEn'>, locale: Locale) =>
	locale === 'en' && row.subjectEn && row.bodyEn ? { subject: row.subjectEn, body: row.bodyEn } : { subject: row.subjectSl, body: row.bodySl };

/** The campaign as a recipient in `locale` would see it (the back office shows it in a sandboxed frame). */
export async function previewCampaign({
	db,
	actor,
	space,
	draft,
	locale,
	publicUrl
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	draft: unknown;
	locale: Locale;
	publicUrl: string;
}): Promise<{ subject: string; html: string; text: string }> {
	authorize(newslettersPolicy, actor, 'read', { spaceId: space.id });
	const campaign = newCampaignSchema.parse(draft);
	const list = await findList(db, campaign.listId);
	const rendered = await renderCampaign({
		texts: campaignTextsIn(
			{ subjectSl: campaign.subjectSl, bodySl: campaign.bodySl, subjectEn: campaign.subjectEn ?? null, bodyEn: campaign.bodyEn ?? null },
			locale
		),
		locale,
		spaceName: spaceNameIn(space, locale),
		listName: listNameIn(list, locale),
		publicUrl
	});
	return personalise(rendered, { to: 'preview@example.invalid', token: 'preview', publicUrl, locale }) as { subject: string; html: string; text: string };
}

/** A test send to the staff member's own address, in each language the campaign has. */
export async function testSendCampaign({
	db,
	context,
	space,
	id,
	publicUrl
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	id: string;
	publicUrl: string;
}): Promise<{ to: string; locales: Locale[] }> {
	const actor = context.actor;
	const to = actor.kind === 'session' || actor.kind === 'token' ? actor.email : undefined;
	return changingInSpace({ db, context, space }, newslettersPolicy, 'manage', async (tx) => {
		const row = await findCampaignRow(tx, id);
		if (row.spaceId !== space.id) throw newsletterCampaignNotFound(id);
		if (!to) throw newsletterNoStaffAddress();
		const list = await findList(tx, row.listId);
		const locales: Locale[] = row.subjectEn && row.bodyEn ? ['sl', 'en'] : ['sl'];
		for (const locale of locales) {
			const rendered = await renderCampaign({
				texts: campaignTextsIn(row, locale),
				locale,
				spaceName: spaceNameIn(space, locale),
				listName: listNameIn(list, locale),
				publicUrl
			});
			const mail = personalise(rendered, { to, token: 'test', publicUrl, locale });
			await queueMail({ db: tx, message: { ...mail, subject: `[TEST] ${mail.subject}`.slice(0, 200) } });
		}
		await recordAudit({
			db: tx,
			context,
			change: { action: 'newsletter.campaign_test', entityType: 'newsletter_campaign', entityId: id, spaceId: space.id, after: { locales } }
		});
		return { to, locales };
	});
}

/**
 * Starts sending: the list's recipients as they are now become the campaign's deliveries (one
 * INSERT … SELECT, nothing held in memory), each gets its unsubscribe key, and the first batch job
 * is queued; the sender then works through them at the campaign's rate (see newsletters.sending.ts).
 */
export async function sendCampaign({
	db,
	context,
	space,
	id,
	input,
	publicUrl
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	id: string;
	input?: unknown;
	publicUrl: string;
}): Promise<CampaignView> {
	const { ratePerMinute } = sendCampaignSchema.parse(input ?? {});
	return changingInSpace({ db, context, space }, newslettersPolicy, 'manage', async (tx) => {
		const [row] = await tx.select().from(newsletterCampaigns).where(eq(newsletterCampaigns.id, id)).for('update').limit(1);
		if (!row || row.spaceId !== space.id) throw newsletterCampaignNotFound(id);
		if (row.status !== 'draft') throw newsletterCampaignNotDraft(row.status);
		const list = await findList(tx, row.listId);
		await ensureKeys(tx, list);
		await tx.execute(sql`
			insert into newsletter_deliveries (campaign_id, person_id, email, locale)
			select ${row.id}, r.person_id, r.email, r.locale from ${recipientsSql(list)} r
			on conflict do nothing`);
		const [updated] = await tx
			.update(newsletterCampaigns)
			.set({ status: 'sending', ratePerMinute: ratePerMinute ?? defaultRatePerMinute(), startedAt: new Date(), updatedAt: new Date() })
			.where(eq(newsletterCampaigns.id, id))
			.returning();
		await enqueueJob({ db: tx, kind: campaignJobKind, payload: { campaignId: id, publicUrl }, concurrencyKey: `newsletter-campaign:${id}`, maxAttempts: 50 });
		const view = await presentCampaign(tx, updated!);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'newsletter.campaign_send',
				entityType: 'newsletter_campaign',
				entityId: id,
				spaceId: space.id,
				after: { recipients: view.deliveries.pending, ratePerMinute: updated!.ratePerMinute }
			}
		});
		return view;
	});
}

/** Recipients of a campaign and their state (the back office shows the latest problems). */
export async function campaignProblems(db: Database, campaignId: string, limit = 50) {
	return db
		.select({
			email: newsletterDeliveries.email,
			status: newsletterDeliveries.status,
			responseCode: newsletterDeliveries.responseCode,
			response: newsletterDeliveries.response
		})
		.from(newsletterDeliveries)
		.where(and(eq(newsletterDeliveries.campaignId, campaignId), sql`${newsletterDeliveries.status} in ('failed', 'bounced')`))
		.orderBy(desc(newsletterDeliveries.updatedAt))
		.limit(limit);
}
