import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { memberships } from '../memberships/memberships.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { createPublicCallsRepository } from '../projects/money/money.repository.ts';
import { publicCalls, type PublicCallRow } from '../projects/money/money.table.ts';
import { callApplications, callDeadlines, callTerms, type CallApplicationRow, type CallDeadlineRow, type CallTermsRow } from './calls.table.ts';

export type FunderName = { id: string; name: string; shortName: string | null };

/** A call as read: its record, its terms (none for a call only projects refer to), its funder and deadlines. */
export type CallRecord = {
	call: PublicCallRow;
	terms: CallTermsRow | null;
	funder: FunderName | null;
	deadlines: Pick<CallDeadlineRow, 'dueOn' | 'dueTime' | 'note'>[];
	open: boolean;
};

/** The moment a deadline falls on: its time that day in Ljubljana, or the day's end. */
const dueMoment = sql`((${callDeadlines.dueOn} + coalesce(${callDeadlines.dueTime}, time '23:59:59'))::timestamp at time zone 'Europe/Ljubljana')`;

/** Whether a call takes applications at `now`: not closed by hand, and a deadline still ahead. */
const openAt = (now: Date) =>
	sql<boolean>`(coalesce(not ${callTerms.closed}, false) and exists (select 1 from ${callDeadlines} where ${callDeadlines.callId} = ${publicCalls.id} and ${dueMoment} >= ${now.toISOString()}::timestamptz))`;
const nextDeadline = (now: Date) =>
	sql<
		string | null
	>`(select min(${dueMoment}) from ${callDeadlines} where ${callDeadlines.callId} = ${publicCalls.id} and ${dueMoment} >= ${now.toISOString()}::timestamptz)`;
const lastDeadline = sql<string | null>`(select max(${dueMoment}) from ${callDeadlines} where ${callDeadlines.callId} = ${publicCalls.id})`;
const deadlinesJson = sql<
	{ dueOn: string; dueTime: string | null; note: string | null }[]
>`(select coalesce(json_agg(json_build_object('dueOn', ${callDeadlines.dueOn}, 'dueTime', to_char(${callDeadlines.dueTime}, 'HH24:MI'), 'note', ${callDeadlines.note}) order by ${callDeadlines.dueOn}, ${callDeadlines.dueTime} nulls last), '[]'::json) from ${callDeadlines} where ${callDeadlines.callId} = ${publicCalls.id})`;

/** An organisation meets a call's terms: each criterion left empty restricts nothing. */
export const eligibleFor = sql`(cardinality(${callTerms.legalForms}) = 0 or ${organisations.legalForm} = any(${callTerms.legalForms}))
	and (cardinality(${callTerms.regionCodes}) = 0 or ${organisations.regionCode} = any(${callTerms.regionCodes}))
	and (cardinality(${callTerms.fields}) = 0 or ${organisations.fields} && ${callTerms.fields})`;

export type CallFilter = {
	status?: 'open' | 'closed' | 'all';
	funder?: string;
	region?: string;
	field?: string;
	legalForm?: string;
	deadlineBefore?: string;
	minAmountCents?: number;
	ids?: string[];
	publishedFrom?: Date;
	publishedUntil?: Date;
	/** Only calls one of these organisations is eligible for. */
	eligibleOrganisationIds?: string[];
	limit?: number;
};

export function createCallsRepository({ db }: { db: Database }) {
	const select = (now: Date) =>
		db
			.select({
				call: publicCalls,
				terms: callTerms,
				funder: { id: organisations.id, name: organisations.name, shortName: organisations.shortName },
				deadlines: deadlinesJson,
				open: openAt(now),
				next: nextDeadline(now),
				last: lastDeadline
			})
			.from(publicCalls)
			.leftJoin(callTerms, eq(callTerms.callId, publicCalls.id))
			.leftJoin(organisations, eq(organisations.id, publicCalls.funderOrganisationId));

	type Selected = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];
	const record = (row: Selected): CallRecord => ({
		call: row.call,
		terms: row.terms,
		funder: row.funder?.id ? row.funder : null,
		deadlines: row.deadlines,
		open: row.open
	});

	return {
		/** Calls by the filter, open ones first by their next deadline, then the archive, the latest first: one query. */
		async list(filter: CallFilter, now = new Date()): Promise<CallRecord[]> {
			const conditions: SQL[] = [];
			if (filter.status === 'open') conditions.push(openAt(now));
			if (filter.status === 'closed') conditions.push(sql`not ${openAt(now)}`);
			if (filter.funder) conditions.push(eq(publicCalls.funderOrganisationId, filter.funder));
			if (filter.region) conditions.push(sql`(cardinality(${callTerms.regionCodes}) = 0 or ${filter.region} = any(${callTerms.regionCodes}))`);
			if (filter.field) conditions.push(sql`(cardinality(${callTerms.fields}) = 0 or ${filter.field} = any(${callTerms.fields}))`);
			if (filter.legalForm) conditions.push(sql`(cardinality(${callTerms.legalForms}) = 0 or ${filter.legalForm} = any(${callTerms.legalForms}))`);
			if (filter.deadlineBefore)
				conditions.push(
					sql`exists (select 1 from ${callDeadlines} where ${callDeadlines.callId} = ${publicCalls.id} and ${callDeadlines.dueOn} <= ${filter.deadlineBefore}::date and ${dueMoment} >= ${now.toISOString()}::timestamptz)`
				);
			if (filter.minAmountCents !== undefined) {
				const amount = (filter.minAmountCents / 100).toFixed(2);
				conditions.push(sql`coalesce(${callTerms.amountMax}, ${callTerms.totalAmount}) >= ${amount}::numeric`);
			}
			if (filter.ids) conditions.push(filter.ids.length ? inArray(publicCalls.id, filter.ids) : sql`false`);
			if (filter.publishedFrom)
				conditions.push(
					sql`coalesce(${callTerms.publishedOn}::timestamp at time zone 'Europe/Ljubljana', ${callTerms.createdAt}) >= ${filter.publishedFrom.toISOString()}::timestamptz`
				);
			if (filter.publishedUntil)
				conditions.push(
					sql`coalesce(${callTerms.publishedOn}::timestamp at time zone 'Europe/Ljubljana', ${callTerms.createdAt}) < ${filter.publishedUntil.toISOString()}::timestamptz`
				);
			if (filter.eligibleOrganisationIds) {
				conditions.push(
					filter.eligibleOrganisationIds.length
						? sql`${callTerms.callId} is not null and exists (select 1 from ${organisations} where ${inArray(organisations.id, filter.eligibleOrganisationIds)} and ${eligibleFor})`
						: sql`false`
				);
			}
			const query = select(now)
				.where(conditions.length ? and(...conditions) : undefined)
				.orderBy(
					desc(openAt(now)),
					sql`${nextDeadline(now)} asc nulls last`,
					sql`${lastDeadline} desc nulls last`,
					desc(publicCalls.year),
					asc(publicCalls.createdAt)
				)
				.$dynamic();
			return (await (filter.limit ? query.limit(filter.limit) : query)).map(record);
		},

		async findById(id: string, now = new Date()): Promise<CallRecord | undefined> {
			const [row] = await select(now).where(eq(publicCalls.id, id));
			return row ? record(row) : undefined;
		},

		async insertCall(values: typeof publicCalls.$inferInsert): Promise<string> {
			// the record projects refer to is the projects module's; it writes it
			return (await createPublicCallsRepository({ db }).insert(values)).id;
		},

		async updateCall(id: string, values: Partial<typeof publicCalls.$inferInsert>): Promise<void> {
			await createPublicCallsRepository({ db }).update(id, values);
		},

		async upsertTerms(callId: string, values: Omit<typeof callTerms.$inferInsert, 'callId'>): Promise<void> {
			await db
				.insert(callTerms)
				.values({ ...values, callId })
				.onConflictDoUpdate({ target: callTerms.callId, set: { ...values, updatedAt: new Date() } });
		},

		async replaceDeadlines(callId: string, deadlines: { dueOn: string; dueTime: string | null; note: string | null }[]): Promise<void> {
			await db.delete(callDeadlines).where(eq(callDeadlines.callId, callId));
			if (deadlines.length) await db.insert(callDeadlines).values(deadlines.map((deadline, position) => ({ ...deadline, callId, position })));
		},

		/**
		 * The member organisations eligible for a call (members of one space, or of any), in one query:
		 * the call's terms joined to the registry by legal form, region and fields.
		 */
		async eligibleOrganisations(callId: string, spaceId?: string) {
			return db
				.select({
					id: organisations.id,
					name: organisations.name,
					legalForm: organisations.legalForm,
					regionCode: organisations.regionCode,
					fields: organisations.fields,
					spaceIds: sql<string[]>`array_agg(distinct ${memberships.spaceId})`
				})
				.from(callTerms)
				.innerJoin(organisations, eligibleFor)
				.innerJoin(
					memberships,
					and(eq(memberships.organisationId, organisations.id), eq(memberships.status, 'member'), spaceId ? eq(memberships.spaceId, spaceId) : undefined)
				)
				.where(eq(callTerms.callId, callId))
				.groupBy(organisations.id)
				.orderBy(asc(organisations.sortName), asc(organisations.id));
		},

		async organisationNames(ids: string[]): Promise<{ id: string; name: string }[]> {
			return db
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(inArray(organisations.id, ids))
				.orderBy(asc(organisations.sortName));
		},

		async organisationExists(id: string): Promise<boolean> {
			return (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))).length > 0;
		}
	};
}

export type ApplicationRecord = { application: CallApplicationRow; organisation: { id: string; name: string }; callTitle: { sl: string; en?: string } };

export function createApplicationsRepository({ db }: { db: Database }) {
	const select = () =>
		db
			.select({ application: callApplications, organisation: { id: organisations.id, name: organisations.name }, callTitle: publicCalls.title })
			.from(callApplications)
			.innerJoin(organisations, eq(organisations.id, callApplications.organisationId))
			.innerJoin(publicCalls, eq(publicCalls.id, callApplications.callId));
	return {
		async list({ callId, organisationId, spaceIds }: { callId?: string; organisationId?: string; spaceIds?: string[] }): Promise<ApplicationRecord[]> {
			const conditions: SQL[] = [];
			if (callId) conditions.push(eq(callApplications.callId, callId));
			if (organisationId) conditions.push(eq(callApplications.organisationId, organisationId));
			if (spaceIds) conditions.push(spaceIds.length ? inArray(callApplications.spaceId, spaceIds) : sql`false`);
			return select()
				.where(and(...conditions))
				.orderBy(desc(callApplications.appliedOn), asc(organisations.sortName), asc(callApplications.createdAt));
		},
		async findById(id: string): Promise<ApplicationRecord | undefined> {
			const [row] = await select().where(eq(callApplications.id, id));
			return row;
		},
		async insert(values: typeof callApplications.$inferInsert): Promise<string> {
			const [row] = await db.insert(callApplications).values(values).returning({ id: callApplications.id });
			return row!.id;
		},
		async update(id: string, values: Partial<typeof callApplications.$inferInsert>): Promise<void> {
			await db
				.update(callApplications)
				.set({ ...values, updatedAt: new Date() })
				.where(eq(callApplications.id, id));
		}
	};
}
