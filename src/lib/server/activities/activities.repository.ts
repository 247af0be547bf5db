import { and, asc, eq, exists, gte, inArray, lt, notInArray, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { activitySlugTaken, activityTypeTaken } from './activities.errors.ts';
import {
	activities,
	activityOrganisers,
	activitySessions,
	activityTypes,
	type ActivityRow,
	type ActivitySessionRow,
	type ActivityTypeRow
} from './activities.table.ts';

export type ActivityValues = Omit<ActivityRow, 'spaceId' | 'id' | 'createdAt' | 'updatedAt' | 'evaluationSentAt' | 'cancelledAt'>;
export type SessionValues = Omit<ActivitySessionRow, 'spaceId' | 'id' | 'activityId'> & { id?: string };

/** An activity with its sessions (in order of time) and co-organisers. */
export type ActivityRecord = { row: ActivityRow; sessions: ActivitySessionRow[]; organiserIds: string[] };

/** The space an activity belongs to, for requests that name it by id alone (`/api/v1/activities/{id}`). */
export async function spaceIdOfActivity(db: Database, activityId: string): Promise<string | undefined> {
	const [row] = await db.select({ spaceId: activities.spaceId }).from(activities).where(eq(activities.id, activityId));
	return row?.spaceId;
}

/** What a list of activities is narrowed to; `from`/`to` are moments a session must overlap. */
export type ActivityListFilter = {
	from?: Date;
	to?: Date;
	type?: string;
	pillar?: string;
	projectId?: string;
	/** Internal activities too (for the space's staff). */
	internal: boolean;
};

/** The activities of one space: every query is bound to it. */
export function createActivitiesRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	async function withParts(row: ActivityRow | undefined): Promise<ActivityRecord | undefined> {
		if (!row) return undefined;
		const [sessions, organisers] = await Promise.all([
			db
				.select()
				.from(activitySessions)
				.where(and(eq(activitySessions.spaceId, spaceId), eq(activitySessions.activityId, row.id)))
				.orderBy(asc(activitySessions.startsAt)),
			db
				.select({ organisationId: activityOrganisers.organisationId })
				.from(activityOrganisers)
				.where(and(eq(activityOrganisers.spaceId, spaceId), eq(activityOrganisers.activityId, row.id)))
		]);
		return { row, sessions, organiserIds: organisers.map((organiser) => organiser.organisationId) };
	}

	return {
		async find(id: string): Promise<ActivityRecord | undefined> {
			const [row] = await db
				.select()
				.from(activities)
				.where(and(eq(activities.spaceId, spaceId), eq(activities.id, id)));
			return withParts(row);
		},

		async findBySlug(slug: string): Promise<ActivityRecord | undefined> {
			const [row] = await db
				.select()
				.from(activities)
				.where(and(eq(activities.spaceId, spaceId), eq(activities.slug, slug)));
			return withParts(row);
		},

		/** The activities that match, each with its sessions and co-organisers, in three queries. */
		async list(filter: ActivityListFilter): Promise<ActivityRecord[]> {
			const conditions: SQL[] = [eq(activities.spaceId, spaceId)];
			if (!filter.internal) conditions.push(eq(activities.public, true));
			if (filter.type) conditions.push(eq(activities.type, filter.type));
			if (filter.pillar) conditions.push(eq(activities.pillar, filter.pillar as ActivityRow['pillar']));
			if (filter.projectId) conditions.push(eq(activities.projectId, filter.projectId));
			if (filter.from || filter.to) {
				const overlapping = [eq(activitySessions.spaceId, spaceId), eq(activitySessions.activityId, activities.id)];
				if (filter.from) overlapping.push(gte(activitySessions.endsAt, filter.from));
				if (filter.to) overlapping.push(lt(activitySessions.startsAt, filter.to));
				conditions.push(
					exists(
						db
							.select({ one: activitySessions.id })
							.from(activitySessions)
							.where(and(...overlapping))
					)
				);
			}
			const rows = await db
				.select()
				.from(activities)
				.where(and(...conditions));
			if (rows.length === 0) return [];
			const ids = rows.map((row) => row.id);
			const [sessions, organisers] = await Promise.all([
				db
					.select()
					.from(activitySessions)
					.where(and(eq(activitySessions.spaceId, spaceId), inArray(activitySessions.activityId, ids)))
					.orderBy(asc(activitySessions.startsAt)),
				db
					.select()
					.from(activityOrganisers)
					.where(and(eq(activityOrganisers.spaceId, spaceId), inArray(activityOrganisers.activityId, ids)))
			]);
			const records = rows.map((row) => ({
				row,
				sessions: sessions.filter((session) => session.activityId === row.id),
				organiserIds: organisers.filter((organiser) => organiser.activityId === row.id).map((organiser) => organiser.organisationId)
			}));
			// in order of their first session; one without sessions (none should be) last
			const first = (record: ActivityRecord) => record.sessions[0]?.startsAt.getTime() ?? Infinity;
			return records.sort((a, b) => first(a) - first(b));
		},

		async addType(code: string, name: ActivityTypeRow['name']): Promise<ActivityTypeRow> {
			try {
				const [row] = await db.insert(activityTypes).values({ spaceId, code, name }).returning();
				return row!;
			} catch (error) {
				if (isUniqueViolation(error)) throw activityTypeTaken(code);
				throw error;
			}
		},

		async slugTaken(slug: string): Promise<boolean> {
			const [row] = await db
				.select({ id: activities.id })
				.from(activities)
				.where(and(eq(activities.spaceId, spaceId), eq(activities.slug, slug)));
			return row !== undefined;
		},

		async customTypes() {
			return db.select().from(activityTypes).where(eq(activityTypes.spaceId, spaceId)).orderBy(asc(activityTypes.code));
		},

		async insert(values: ActivityValues): Promise<ActivityRow> {
			try {
				const [row] = await db
					.insert(activities)
					.values({ ...values, spaceId })
					.returning();
				return row!;
			} catch (error) {
				if (isUniqueViolation(error)) throw activitySlugTaken(values.slug);
				throw error;
			}
		},

		async update(id: string, values: Partial<ActivityValues> & { cancelledAt?: Date | null }): Promise<ActivityRow> {
			try {
				const [row] = await db
					.update(activities)
					.set({ ...values, updatedAt: new Date() })
					.where(and(eq(activities.spaceId, spaceId), eq(activities.id, id)))
					.returning();
				return row!;
			} catch (error) {
				if (isUniqueViolation(error) && values.slug) throw activitySlugTaken(values.slug);
				throw error;
			}
		},

		/**
		 * Makes the activity's sessions the given list: sessions named by id are changed in place (their
		 * check-ins stay), the others are added, and the ones left out are removed.
		 */
		async replaceSessions(activityId: string, sessions: SessionValues[]): Promise<void> {
			const kept = sessions.flatMap((session) => (session.id ? [session.id] : []));
			const inActivity = and(eq(activitySessions.spaceId, spaceId), eq(activitySessions.activityId, activityId));
			await db.delete(activitySessions).where(kept.length ? and(inActivity, notInArray(activitySessions.id, kept)) : inActivity);
			for (const { id, ...session } of sessions) {
				if (id)
					await db
						.update(activitySessions)
						.set(session)
						.where(and(inActivity, eq(activitySessions.id, id)));
				else await db.insert(activitySessions).values({ ...session, spaceId, activityId });
			}
		},

		async replaceOrganisers(activityId: string, organisationIds: string[]): Promise<void> {
			await db.delete(activityOrganisers).where(and(eq(activityOrganisers.spaceId, spaceId), eq(activityOrganisers.activityId, activityId)));
			if (organisationIds.length)
				await db.insert(activityOrganisers).values(organisationIds.map((organisationId) => ({ spaceId, activityId, organisationId })));
		},

		async sessionIds(activityId: string): Promise<string[]> {
			const rows = await db
				.select({ id: activitySessions.id })
				.from(activitySessions)
				.where(and(eq(activitySessions.spaceId, spaceId), eq(activitySessions.activityId, activityId)));
			return rows.map((row) => row.id);
		}
	};
}
