import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import type { RegistrationStatus } from '../registrations/registrations.table.ts';
import { activityOf, attendingFrom, endOf, sessionOf } from './checkin-scope.ts';
import { checkinNotEnded, checkinRegistrationCancelled, checkinRegistrationNotFound, checkinStatusChange } from './checkin.errors.ts';
import { checkinPolicy } from './checkin.policy.ts';
import { createCheckinRepository } from './checkin.repository.ts';
import { sheetSchema, statusChangeSchema } from './checkin.schemas.ts';

// what staff record after the event: no-shows, a status set right, the signed sheet

/**
 * After the last session ended, everyone still `registered` without a single check-in becomes a
 * no-show; one audit entry names them all.
 */
export async function markNoShows({
	db,
	context,
	space,
	activityId,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	now?: Date;
}): Promise<{ marked: number }> {
	return changingInSpace({ db, context, space }, checkinPolicy, 'checkIn', async (tx) => {
		const activity = await activityOf(tx, space, activityId);
		const end = endOf(activity);
		if (activity.sessions.length === 0 || end > now) throw checkinNotEnded(end.toISOString());
		const ids = await createCheckinRepository({ db: tx, spaceId: space.id }).markNoShows(activity.row.id);
		if (ids.length > 0) {
			await recordAudit({
				db: tx,
				context,
				change: {
					action: 'activity.no_shows',
					entityType: 'activity_attendance',
					entityId: activity.row.id,
					spaceId: space.id,
					after: { count: ids.length, registrationIds: ids, status: 'no_show' }
				}
			});
		}
		return { marked: ids.length };
	});
}

/** Staff mark one person a no-show, or restore a no-show to registered (a mistake), audited. */
export async function changeRegistrationStatus({
	db,
	context,
	space,
	activityId,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	input: unknown;
}): Promise<{ registrationId: string; name: string; status: RegistrationStatus }> {
	return changingInSpace({ db, context, space }, checkinPolicy, 'checkIn', async (tx) => {
		const parsed = statusChangeSchema.parse(input);
		const activity = await activityOf(tx, space, activityId);
		const repository = createCheckinRepository({ db: tx, spaceId: space.id });
		const registration = await repository.registration(activity.row.id, parsed.registrationId);
		if (!registration) throw checkinRegistrationNotFound(parsed.registrationId);
		const from: RegistrationStatus[] = parsed.status === 'no_show' ? ['registered'] : ['no_show'];
		if (!from.includes(registration.status)) throw checkinStatusChange(registration.status, parsed.status);
		const changed = await repository.setStatus(registration.id, parsed.status, from);
		if (!changed) throw checkinStatusChange(registration.status, parsed.status);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.registration_status',
				entityType: 'activity_attendance',
				entityId: registration.id,
				spaceId: space.id,
				before: { name: registration.name, status: registration.status },
				after: { name: registration.name, status: changed.status }
			}
		});
		return { registrationId: registration.id, name: registration.name, status: changed.status };
	});
}

/**
 * Attendance entered afterwards from a signed sheet: the people ticked are checked in for the
 * session (at its start, method `sheet`), those not ticked are not; one audit entry.
 */
export async function enterSheet({
	db,
	context,
	space,
	activityId,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	input: unknown;
}): Promise<{ added: number; removed: number }> {
	return changingInSpace({ db, context, space }, checkinPolicy, 'checkIn', async (tx) => {
		const parsed = sheetSchema.parse(input);
		const activity = await activityOf(tx, space, activityId);
		const session = sessionOf(activity, parsed.sessionId);
		const repository = createCheckinRepository({ db: tx, spaceId: space.id });
		const present = new Set(parsed.present);
		const [registrations, attendances] = await Promise.all([repository.registrations(activity.row.id), repository.attendances(activity.row.id)]);
		const known = new Set(registrations.map((registration) => registration.id));
		const unknown = parsed.present.find((id) => !known.has(id));
		if (unknown) throw checkinRegistrationNotFound(unknown);
		const inSession = new Set(attendances.filter((row) => row.sessionId === session.id).map((row) => row.registrationId));
		const userId = context.actor.kind === 'session' || context.actor.kind === 'token' ? context.actor.userId : null;
		const added: string[] = [];
		const removed: string[] = [];
		for (const registration of registrations) {
			if (present.has(registration.id) && !inSession.has(registration.id)) {
				if (registration.status === 'cancelled') throw checkinRegistrationCancelled(registration.id);
				await repository.insertAttendance({
					registrationId: registration.id,
					sessionId: session.id,
					checkedInAt: session.startsAt,
					checkedInBy: userId,
					method: 'sheet'
				});
				if (registration.status !== 'attended') await repository.setStatus(registration.id, 'attended', attendingFrom);
				added.push(registration.id);
			} else if (!present.has(registration.id) && inSession.has(registration.id)) {
				await repository.deleteAttendance(registration.id, session.id);
				if (registration.status === 'attended' && registration.source !== 'walk_in' && (await repository.countAttendances(registration.id)) === 0) {
					await repository.setStatus(registration.id, 'registered', ['attended']);
				}
				removed.push(registration.id);
			}
		}
		if (added.length + removed.length > 0) {
			await recordAudit({
				db: tx,
				context,
				change: {
					action: 'activity.sheet_entered',
					entityType: 'activity_attendance',
					entityId: activity.row.id,
					spaceId: space.id,
					after: { sessionId: session.id, method: 'sheet', added, removed }
				}
			});
		}
		return { added: added.length, removed: removed.length };
	});
}
