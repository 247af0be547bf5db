import type { Database } from '../../db/client.ts';
import { isUuid } from '../../shared/uuid.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { activityNotFound } from '../activities.errors.ts';
import { createActivitiesRepository, type ActivityRecord } from '../activities.repository.ts';
import type { ActivitySessionRow } from '../activities.table.ts';
import type { RegistrationStatus } from '../registrations/registrations.table.ts';
import { checkinSessionUnknown } from './checkin.errors.ts';

/** Statuses of people who come: everyone but the cancelled and those still waiting for a place. */
export const expectedStatuses: readonly RegistrationStatus[] = ['registered', 'offered', 'attended', 'no_show'];
/** Statuses a check-in turns into `attended`: whoever is in the room attends. */
export const attendingFrom: readonly RegistrationStatus[] = ['registered', 'offered', 'waitlisted', 'no_show'];

export async function activityOf(db: Database, space: SpaceRef, activityId: string): Promise<ActivityRecord> {
	const found = isUuid(activityId) ? await createActivitiesRepository({ db, spaceId: space.id }).find(activityId) : undefined;
	if (!found) throw activityNotFound(activityId);
	return found;
}

export function sessionOf(activity: ActivityRecord, sessionId: string): ActivitySessionRow {
	const session = activity.sessions.find((candidate) => candidate.id === sessionId);
	if (!session) throw checkinSessionUnknown(sessionId);
	return session;
}

/** The session to check people in for: the one running now, else the next, else the last one. */
export function currentSession<T extends { startsAt: Date; endsAt: Date }>(sessions: readonly T[], now = new Date()): T | undefined {
	return sessions.find((session) => session.startsAt <= now && now < session.endsAt) ?? sessions.find((session) => session.startsAt > now) ?? sessions.at(-1);
}

/** The end of the activity's last session: no-shows are known only after it. */
export const endOf = (activity: ActivityRecord) => new Date(Math.max(...activity.sessions.map((session) => session.endsAt.getTime())));
