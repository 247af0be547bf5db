import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import type { Locale, NewsletterListRow } from './newsletters.table.ts';

export type Recipient = { personId: string | null; email: string; locale: Locale };

/** The newsletter consent in force for a person: the latest recorded; a withdrawal wins over what came before it. */
const consentGranted = (personId: SQL) => sql`coalesce((
	select c.granted from consents c
	where c.person_id = ${personId} and c.purpose = 'newsletter'
	order by c.recorded_at desc, c.id desc limit 1
), false)`;

/**
 * The recipients of a list as SQL (columns person_id, email, locale, key = lower(email)): the
 * people of the space's member organisations that the audience names whose newsletter consent in
 * force is given, and those who confirmed their sign-up to it (and have not withdrawn the consent
 * since); never an address that left the list. One row per address.
 */
export function recipientsSql(list: Pick<NewsletterListRow, 'id' | 'spaceId' | 'audience' | 'regionCode' | 'fieldCode'>): SQL {
	const organisationFilter =
		list.audience === 'region' ? sql`and o.region_code = ${list.regionCode}` : list.audience === 'field' ? sql`and ${list.fieldCode} = any(o.fields)` : sql``;
	const members =
		list.audience === 'public'
			? sql``
			: sql`union all
		select p.id as person_id, p.email, 'sl' as locale, 2 as rank
		from people p
		where p.erased_at is null and p.email is not null and p.email <> ''
			and exists (
				select 1 from affiliations a
				join memberships ms on ms.organisation_id = a.organisation_id and ms.space_id = ${list.spaceId} and ms.status = 'member'
				join organisations o on o.id = a.organisation_id
				where a.person_id = p.id and (a.until is null or a.until >= current_date) ${organisationFilter}
			)
			and ${consentGranted(sql`p.id`)}`;
	return sql`(
		select distinct on (lower(email)) person_id, email, locale, lower(email) as key
		from (
			select s.person_id, s.email, s.locale, 1 as rank
			from newsletter_subscriptions s
			where s.list_id = ${list.id} and s.status = 'confirmed'
				and (s.person_id is null or ${consentGranted(sql`s.person_id`)})
			${members}
		) candidates
		where not exists (
			select 1 from newsletter_subscriptions gone
			where gone.list_id = ${list.id} and gone.status = 'unsubscribed' and lower(gone.email) = lower(candidates.email)
		)
		order by lower(email), rank
	)`;
}

export async function countRecipients(db: Database, list: Parameters<typeof recipientsSql>[0]): Promise<number> {
	const [row] = rowsOf<{ count: number }>(await db.execute(sql`select count(*)::int as count from ${recipientsSql(list)} r`));
	return row?.count ?? 0;
}

/**
 * The recipients in batches of `batchSize`, in the order of their address (keyset: each batch
 * starts after the last address of the one before), so that memory does not grow with the list.
 */
export async function* recipientBatches(db: Database, list: Parameters<typeof recipientsSql>[0], batchSize = 500): AsyncGenerator<Recipient[]> {
	let after = '';
	for (;;) {
		const rows = rowsOf<{ person_id: string | null; email: string; locale: Locale; key: string }>(
			await db.execute(sql`select person_id, email, locale, key from ${recipientsSql(list)} r where key > ${after} order by key limit ${batchSize}`)
		);
		if (rows.length === 0) return;
		yield rows.map((row) => ({ personId: row.person_id, email: row.email, locale: row.locale }));
		after = rows[rows.length - 1]!.key;
		if (rows.length < batchSize) return;
	}
}

/** Gives every recipient of the list a key (its unsubscribe token) they lack, in one statement. */
export async function ensureKeys(db: Database, list: Parameters<typeof recipientsSql>[0]): Promise<void> {
	await db.execute(sql`
		insert into newsletter_keys (token, list_id, email)
		select replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), ${list.id}, r.email from ${recipientsSql(list)} r
		on conflict do nothing`);
}

/** The key of one address on a list, made if it has none. */
export async function keyFor(db: Database, listId: string, email: string): Promise<string> {
	const [row] = rowsOf<{ token: string }>(
		await db.execute(sql`
		with made as (
			insert into newsletter_keys (token, list_id, email)
			values (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), ${listId}, ${email})
			on conflict do nothing returning token
		)
		select token from made
		union all
		select token from newsletter_keys where list_id = ${listId} and lower(email) = lower(${email})
		limit 1`)
	);
	return row!.token;
}
