import { and, asc, count, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { projects } from '../../projects/projects.table.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { activities, activitySessions, activityTypes } from '../activities.table.ts';
import { activityRegistrations, placeHoldingStatuses } from '../registrations/registrations.table.ts';

/** What the calendar asks for, already turned into instants and codes. */
export type SessionQuery = {
	from: Date;
	/** Exclusive; none: no end. */
	until?: Date;
	spaceId?: string;
	type?: string;
	/** The municipalities of the region asked for. */
	municipalityCodes?: string[];
	onlineOnly?: boolean;
	/** Cancelled activities show only with sessions from this moment on. */
	now: Date;
	/** Keyset paging: sessions after this one in (startsAt, id) order. */
	after?: { startsAt: Date; id: string };
	limit: number;
};

export type CalendarSessionRow = {
	sessionId: string;
	startsAt: Date;
	endsAt: Date;
	online: boolean;
	address: string | null;
	municipalityCode: string | null;
	spaceId: string;
	activityId: string;
	activitySlug: string;
	title: { sl: string; en?: string };
	type: string;
	capacity: number | null;
	cancelled: boolean;
	spaceSlug: string;
	spaceName: { sl: string; en?: string };
};

/** Only public activities of spaces on the public site (not archived). */
const onPublicSite = and(eq(activities.public, true), isNull(spaces.archivedAt));

/**
 * Reads of the calendar across spaces. Sessions are read by time first (activity_sessions_starts_idx),
 * always within a window or a page, so 20,000 activities cost no more than the rows shown.
 */
export function createCalendarRepository({ db }: { db: Database }) {
	return {
		async sessions(query: SessionQuery): Promise<CalendarSessionRow[]> {
			const conditions: (SQL | undefined)[] = [
				onPublicSite,
				gte(activitySessions.startsAt, query.from),
				query.until && lt(activitySessions.startsAt, query.until),
				or(isNull(activities.cancelledAt), gte(activitySessions.startsAt, query.now)),
				query.spaceId ? eq(activitySessions.spaceId, query.spaceId) : undefined,
				query.type ? eq(activities.type, query.type) : undefined,
				query.municipalityCodes ? inArray(activitySessions.municipalityCode, query.municipalityCodes) : undefined,
				query.onlineOnly ? eq(activitySessions.online, true) : undefined,
				query.after
					? or(
							gt(activitySessions.startsAt, query.after.startsAt),
							and(eq(activitySessions.startsAt, query.after.startsAt), gt(activitySessions.id, query.after.id))
						)
					: undefined
			];
			const rows = await db
				.select({
					sessionId: activitySessions.id,
					startsAt: activitySessions.startsAt,
					endsAt: activitySessions.endsAt,
					online: activitySessions.online,
					address: activitySessions.address,
					municipalityCode: activitySessions.municipalityCode,
					spaceId: activitySessions.spaceId,
					activityId: activities.id,
					activitySlug: activities.slug,
					title: activities.title,
					type: activities.type,
					capacity: activities.capacity,
					cancelledAt: activities.cancelledAt,
					spaceSlug: spaces.slug,
					spaceName: spaces.name
				})
				.from(activitySessions)
				.innerJoin(activities, and(eq(activities.spaceId, activitySessions.spaceId), eq(activities.id, activitySessions.activityId)))
				.innerJoin(spaces, eq(spaces.id, activitySessions.spaceId))
				.where(and(...conditions))
				.orderBy(asc(activitySessions.startsAt), asc(activitySessions.id))
				.limit(query.limit);
			return rows.map(({ cancelledAt, ...row }) => ({ ...row, cancelled: cancelledAt !== null }));
		},

		/** Places held per activity (registered, offered, attended, no-show), for the activities given. */
		async placesTaken(keys: Array<{ spaceId: string; activityId: string }>): Promise<Map<string, number>> {
			if (keys.length === 0) return new Map();
			const rows = await db
				.select({ activityId: activityRegistrations.activityId, taken: count() })
				.from(activityRegistrations)
				.where(
					and(
						inArray(activityRegistrations.spaceId, [...new Set(keys.map((key) => key.spaceId))]),
						inArray(activityRegistrations.activityId, [...new Set(keys.map((key) => key.activityId))]),
						inArray(activityRegistrations.status, [...placeHoldingStatuses])
					)
				)
				.groupBy(activityRegistrations.activityId);
			return new Map(rows.map((row) => [row.activityId, row.taken]));
		},

		/** People on the waiting list of an activity (waiting, not yet offered a place). */
		async waiting(spaceId: string, activityId: string): Promise<number> {
			const [row] = await db
				.select({ waiting: count() })
				.from(activityRegistrations)
				.where(
					and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.status, 'waitlisted'))
				);
			return row?.waiting ?? 0;
		},

		/** The types spaces added (of one space, or of all), for the type filter and for labels. */
		async customTypes(spaceId?: string) {
			return db
				.select({ spaceId: activityTypes.spaceId, code: activityTypes.code, name: activityTypes.name })
				.from(activityTypes)
				.where(spaceId ? eq(activityTypes.spaceId, spaceId) : undefined)
				.orderBy(asc(activityTypes.code));
		},

		/** Spaces on the public site, for the space filter. */
		async publicSpaces() {
			return db.select({ id: spaces.id, slug: spaces.slug, name: spaces.name }).from(spaces).where(isNull(spaces.archivedAt)).orderBy(asc(spaces.slug));
		},

		/**
		 * Public activities with a session from `from` on, soonest first, at most `limit` (a feed's
		 * window); with their first session's time, for ordering.
		 */
		async feedActivityIds({ from, spaceId, limit }: { from: Date; spaceId?: string; limit: number }) {
			const firstStart = sql<Date>`min(${activitySessions.startsAt})`;
			return db
				.select({ spaceId: activities.spaceId, id: activities.id, slug: activities.slug, spaceSlug: spaces.slug, updatedAt: activities.updatedAt })
				.from(activitySessions)
				.innerJoin(activities, and(eq(activities.spaceId, activitySessions.spaceId), eq(activities.id, activitySessions.activityId)))
				.innerJoin(spaces, eq(spaces.id, activitySessions.spaceId))
				.where(and(onPublicSite, gte(activitySessions.startsAt, from), spaceId ? eq(activitySessions.spaceId, spaceId) : undefined))
				.groupBy(activities.spaceId, activities.id, activities.slug, spaces.slug, activities.updatedAt)
				.orderBy(asc(firstStart), asc(activities.id))
				.limit(limit);
		},

		/** Full rows and sessions of the activities named, in one query each. */
		async activitiesWithSessions(ids: string[]) {
			if (ids.length === 0) return { rows: [], sessions: [] };
			const [rows, sessions] = await Promise.all([
				db.select().from(activities).where(inArray(activities.id, ids)),
				db.select().from(activitySessions).where(inArray(activitySessions.activityId, ids)).orderBy(asc(activitySessions.startsAt))
			]);
			return { rows, sessions };
		},

		async organisationNames(ids: string[]) {
			if (ids.length === 0) return [];
			return db
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(inArray(organisations.id, ids))
				.orderBy(asc(organisations.name));
		},

		async project(spaceId: string, projectId: string) {
			const [row] = await db
				.select({ slug: projects.slug, title: projects.title, acronym: projects.acronym })
				.from(projects)
				.where(and(eq(projects.spaceId, spaceId), eq(projects.id, projectId)));
			return row;
		}
	};
}
