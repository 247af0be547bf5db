import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { personForEmail } from '../../people/people-by-email.usecases.ts';
import { createPerson } from '../../people/people.usecases.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import type { ActivityRecord } from '../activities.repository.ts';
import type { ActivitySessionRow } from '../activities.table.ts';
import { takePlace } from '../registrations/registrations.usecases.ts';
import type { RegistrationStatus } from '../registrations/registrations.table.ts';
import { checkinCodeUnknown, checkinRegistrationCancelled, checkinRegistrationNotFound, checkinSessionUnknown } from './checkin.errors.ts';
import { checkinPolicy } from './checkin.policy.ts';
import { activityOf, attendingFrom, currentSession, endOf, expectedStatuses, sessionOf } from './checkin-scope.ts';
import { createCheckinRepository, type ListedRegistration } from './checkin.repository.ts';
import { checkInInputSchema, undoCheckInSchema, walkInSchema, type CheckInResult, type Roster } from './checkin.schemas.ts';

export type CheckInMethod = 'scan' | 'code' | 'tap' | 'sheet' | 'walk_in';

export type RegistrationListItem = ListedRegistration & { attendedSessionIds: string[] };
export type RegistrationList = {
	activity: ActivityRecord;
	items: RegistrationListItem[];
	counts: Record<RegistrationStatus, number>;
	ended: boolean;
};

/** Every registration of an activity with the sessions each attended, and the count per status (the space's admins, staff and viewers). */
export async function listRegistrations({
	db,
	actor,
	space,
	activityId,
	now = new Date()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	activityId: string;
	now?: Date;
}): Promise<RegistrationList> {
	authorize(checkinPolicy, actor, 'read', { spaceId: space.id });
	const activity = await activityOf(db, space, activityId);
	const repository = createCheckinRepository({ db, spaceId: space.id });
	const [registrations, attendances] = await Promise.all([repository.registrations(activity.row.id), repository.attendances(activity.row.id)]);
	const counts = { registered: 0, waitlisted: 0, offered: 0, cancelled: 0, attended: 0, no_show: 0 } satisfies Record<RegistrationStatus, number>;
	for (const registration of registrations) counts[registration.status]++;
	const items = registrations.map((registration) => ({
		...registration,
		attendedSessionIds: attendances.filter((attendance) => attendance.registrationId === registration.id).map((attendance) => attendance.sessionId)
	}));
	return { activity, items, counts, ended: activity.sessions.length > 0 && endOf(activity) <= now };
}

/**
 * The people expected at a session with their codes and whether they are in: what the phone
 * shows and keeps for when the connection drops (the space's admins and staff).
 */
export async function getRoster({
	db,
	actor,
	space,
	activityId,
	sessionId,
	now = new Date()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	activityId: string;
	sessionId?: string;
	now?: Date;
}): Promise<Roster> {
	authorize(checkinPolicy, actor, 'checkIn', { spaceId: space.id });
	const activity = await activityOf(db, space, activityId);
	const session = sessionId ? sessionOf(activity, sessionId) : currentSession(activity.sessions, now);
	if (!session) throw checkinSessionUnknown(sessionId ?? '');
	const repository = createCheckinRepository({ db, spaceId: space.id });
	const [registrations, attendances] = await Promise.all([repository.registrations(activity.row.id), repository.attendances(activity.row.id)]);
	const arrived = new Map(attendances.filter((row) => row.sessionId === session.id).map((row) => [row.registrationId, row.checkedInAt]));
	return {
		activityId: activity.row.id,
		sessionId: session.id,
		sessions: activity.sessions.map((row) => ({ id: row.id, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() })),
		items: registrations
			.filter((registration) => expectedStatuses.includes(registration.status) || arrived.has(registration.id))
			.map((registration) => ({
				registrationId: registration.id,
				name: registration.name,
				organisation: registration.organisation,
				code: registration.checkInCode,
				status: registration.status,
				checkedInAt: arrived.get(registration.id)?.toISOString() ?? null
			}))
	};
}

/** Records one check-in inside a transaction that was authorised; the registration becomes `attended` at its first. */
async function recordCheckIn(
	tx: Database,
	context: AuditContext,
	space: SpaceRef,
	registration: ListedRegistration,
	session: ActivitySessionRow,
	{ checkedInAt, method, clientId }: { checkedInAt: Date; method: CheckInMethod; clientId: string | null }
): Promise<CheckInResult> {
	const repository = createCheckinRepository({ db: tx, spaceId: space.id });
	if (registration.status === 'cancelled') throw checkinRegistrationCancelled(registration.id);
	const userId = context.actor.kind === 'session' || context.actor.kind === 'token' ? context.actor.userId : null;
	const inserted = await repository.insertAttendance({
		registrationId: registration.id,
		sessionId: session.id,
		checkedInAt,
		checkedInBy: userId,
		method
	});
	let status: RegistrationStatus = registration.status;
	if (inserted && status !== 'attended') status = (await repository.setStatus(registration.id, 'attended', attendingFrom))?.status ?? status;
	if (inserted) {
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.check_in',
				entityType: 'activity_attendance',
				entityId: registration.id,
				spaceId: space.id,
				before: { status: registration.status },
				after: { name: registration.name, sessionId: session.id, checkedInAt: checkedInAt.toISOString(), method, status }
			}
		});
	}
	const kept = inserted ?? (await repository.attendance(registration.id, session.id))!;
	return {
		registrationId: registration.id,
		sessionId: session.id,
		name: registration.name,
		organisation: registration.organisation,
		status,
		checkedInAt: kept.checkedInAt.toISOString(),
		alreadyCheckedIn: !inserted,
		clientId
	};
}

/**
 * Checks a person in for a session, by the code from their mail or their registration (a tap).
 * Idempotent: a check-in the phone sends again (its connection dropped) finds the one recorded
 * and answers `alreadyCheckedIn`, never counting twice; the phone's `checkedInAt` is kept.
 */
export async function checkIn({
	db,
	context,
	space,
	activityId,
	input,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	input: unknown;
	now?: Date;
}): Promise<CheckInResult> {
	return changingInSpace({ db, context, space }, checkinPolicy, 'checkIn', async (tx) => {
		const parsed = checkInInputSchema.parse(input);
		const activity = await activityOf(tx, space, activityId);
		const session = sessionOf(activity, parsed.sessionId);
		const repository = createCheckinRepository({ db: tx, spaceId: space.id });
		const registrationId = parsed.code ? await repository.registrationIdByCode(activity.row.id, parsed.code) : parsed.registrationId!;
		if (!registrationId) throw checkinCodeUnknown(parsed.code!);
		const registration = await repository.registration(activity.row.id, registrationId);
		if (!registration) throw checkinRegistrationNotFound(registrationId);
		// a time from a phone whose clock runs ahead is not taken for one in the future
		const sent = parsed.checkedInAt ? new Date(parsed.checkedInAt) : now;
		return recordCheckIn(tx, context, space, registration, session, {
			checkedInAt: sent > now ? now : sent,
			method: parsed.method ?? (parsed.code ? 'code' : 'tap'),
			clientId: parsed.clientId ?? null
		});
	});
}

/** Removes a check-in made by mistake, audited; a registration left with none is `registered` again. */
export async function undoCheckIn({
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
}): Promise<{ registrationId: string; sessionId: string; status: RegistrationStatus; removed: boolean }> {
	return changingInSpace({ db, context, space }, checkinPolicy, 'checkIn', async (tx) => {
		const parsed = undoCheckInSchema.parse(input);
		const activity = await activityOf(tx, space, activityId);
		const session = sessionOf(activity, parsed.sessionId);
		const repository = createCheckinRepository({ db: tx, spaceId: space.id });
		const registration = await repository.registration(activity.row.id, parsed.registrationId);
		if (!registration) throw checkinRegistrationNotFound(parsed.registrationId);
		const removed = await repository.deleteAttendance(registration.id, session.id);
		let status = registration.status;
		if (removed && status === 'attended' && registration.source !== 'walk_in' && (await repository.countAttendances(registration.id)) === 0) {
			status = (await repository.setStatus(registration.id, 'registered', ['attended']))?.status ?? status;
		}
		if (removed) {
			await recordAudit({
				db: tx,
				context,
				change: {
					action: 'activity.check_in_undo',
					entityType: 'activity_attendance',
					entityId: registration.id,
					spaceId: space.id,
					before: {
						name: registration.name,
						sessionId: session.id,
						checkedInAt: removed.checkedInAt.toISOString(),
						method: removed.method,
						status: registration.status
					},
					after: { status }
				}
			});
		}
		return { registrationId: registration.id, sessionId: session.id, status, removed: Boolean(removed) };
	});
}

/**
 * A person who came without registering: added to the registry and to the activity as attended
 * (capacity does not turn away someone in the room), and checked in for the session.
 */
export async function addWalkIn({
	db,
	context,
	space,
	activityId,
	input,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	input: unknown;
	now?: Date;
}): Promise<CheckInResult> {
	return changingInSpace({ db, context, space }, checkinPolicy, 'checkIn', async (tx) => {
		const parsed = walkInSchema.parse(input);
		const activity = await activityOf(tx, space, activityId);
		const session = sessionOf(activity, parsed.sessionId);
		// a walk-in who gives an e-mail is found in the registry (and linked to the organisation) instead of added twice
		const person = parsed.email
			? (await personForEmail({ db: tx, name: parsed.name, email: parsed.email, organisationId: parsed.organisationId ?? null })).person
			: await createPerson({ db: tx, context, input: { name: parsed.name } });
		const userId = context.actor.kind === 'session' || context.actor.kind === 'token' ? context.actor.userId : null;
		const { row } = await takePlace({
			db: tx,
			spaceId: space.id,
			registration: {
				activityId: activity.row.id,
				personId: person.id,
				organisationId: parsed.organisationId ?? null,
				source: 'walk_in',
				locale: 'sl',
				registeredBy: userId,
				status: 'attended'
			}
		});
		const registration = (await createCheckinRepository({ db: tx, spaceId: space.id }).registration(activity.row.id, row.id))!;
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.walk_in',
				entityType: 'activity_attendance',
				entityId: row.id,
				spaceId: space.id,
				after: { name: registration.name, email: registration.email, organisationId: row.organisationId, sessionId: session.id, status: row.status }
			}
		});
		return recordCheckIn(tx, context, space, registration, session, { checkedInAt: now, method: 'walk_in', clientId: null });
	});
}
