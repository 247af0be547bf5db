import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { personIn } from '../../../../../tests/support/actors.ts';
import { auditLog } from '../../audit/audit.table.ts';
import { users } from '../../auth/auth.table.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createPerson } from '../../people/people.usecases.ts';
import { cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createActivity } from '../activities.usecases.ts';
import { takePlace } from '../registrations/registrations.usecases.ts';
import { activityAttendances } from './checkin.table.ts';
import { changeRegistrationStatus, enterSheet, markNoShows } from './after-the-event.usecases.ts';
import { addWalkIn, checkIn, getRoster, listRegistrations, undoCheckIn } from './checkin.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('check-in at the door', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let activityId = '';
	let sessions: string[] = [];
	const registrations: Record<string, { id: string; code: string }> = {};
	const staff = () => ({ actor: personIn(hub.id, 'staff'), source: 'form' as const });

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		hub = await findSpaceRef(db, 'grozd');
		// the people who act in the tests are users, whom check-ins name
		for (const role of ['staff', 'admin', 'viewer', 'member_editor'])
			await db.insert(users).values({ id: `user-${role}-${hub.id}`, name: role, email: `${role}@example.si` });
		const activity = await createActivity({
			db,
			context: cli,
			space: hub,
			input: {
				title: { sl: 'Delavnica o prostovoljstvu' },
				type: 'workshop',
				pillar: 'training',
				capacity: 2,
				sessions: [
					{ startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00', place: { address: 'Kidričeva 1', municipalityCode: '052' } },
					{ startsAt: '2031-03-10T09:00:00+01:00', endsAt: '2031-03-10T12:00:00+01:00', place: { address: 'Kidričeva 1', municipalityCode: '052' } }
				]
			}
		});
		activityId = activity.id;
		sessions = activity.sessions.map((session) => session.id);
		for (const name of ['Ana Novak', 'Bojan Kralj', 'Cvetka Zupan']) {
			const person = await createPerson({ db, context: cli, input: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.si` } });
			const { row } = await db.transaction((tx) =>
				takePlace({ db: tx, spaceId: hub.id, registration: { activityId, personId: person.id, organisationId: null, source: 'form', locale: 'sl' } })
			);
			registrations[name.split(' ')[0]!] = { id: row.id, code: row.checkInCode };
		}
	});
	afterAll(() => database.close());

	const attendanceCount = async (registrationId: string) =>
		(await database.db.select().from(activityAttendances).where(eq(activityAttendances.registrationId, registrationId))).length;
	const auditOf = async (action: string) => database.db.select().from(auditLog).where(eq(auditLog.action, action));

	it('checks a person in by the code from their mail, in any case; sent twice it counts once and keeps the first time', async () => {
		const { db } = database;
		const ana = registrations.Ana!;
		const first = await checkIn({
			db,
			context: staff(),
			space: hub,
			activityId,
			input: { sessionId: sessions[0], code: ana.code.toLowerCase(), checkedInAt: '2031-03-03T09:05:00+01:00', clientId: 'phone-1' },
			now: new Date('2031-03-03T09:20:00+01:00')
		});
		expect(first).toMatchObject({
			name: 'Ana Novak',
			status: 'attended',
			alreadyCheckedIn: false,
			clientId: 'phone-1',
			checkedInAt: '2031-03-03T08:05:00.000Z'
		});
		const again = await checkIn({
			db,
			context: staff(),
			space: hub,
			activityId,
			input: { sessionId: sessions[0], code: ana.code, checkedInAt: '2031-03-03T09:15:00+01:00', clientId: 'phone-1' },
			now: new Date('2031-03-03T09:20:00+01:00')
		});
		expect(again).toMatchObject({ alreadyCheckedIn: true, checkedInAt: '2031-03-03T08:05:00.000Z', status: 'attended' });
		expect(await attendanceCount(ana.id)).toBe(1);
		expect(await auditOf('activity.check_in')).toHaveLength(1);
		const [row] = await db
			.select()
			.from(activityAttendances)
			.where(and(eq(activityAttendances.registrationId, ana.id), eq(activityAttendances.sessionId, sessions[0]!)));
		expect(row).toMatchObject({ method: 'code', checkedInBy: `user-staff-${hub.id}` });
	});

	it('checks a person in by their registration (a tap), and refuses an unknown code and a session of another activity', async () => {
		const { db } = database;
		const bojan = registrations.Bojan!;
		const tapped = await checkIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], registrationId: bojan.id } });
		expect(tapped).toMatchObject({ name: 'Bojan Kralj', status: 'attended', alreadyCheckedIn: false });
		await expect(checkIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], code: '22222222' } })).rejects.toMatchObject({
			code: 'checkin_code_unknown'
		});
		await expect(
			checkIn({ db, context: staff(), space: hub, activityId, input: { sessionId: '00000000-0000-4000-8000-000000000000', registrationId: bojan.id } })
		).rejects.toMatchObject({ code: 'checkin_session_unknown' });
		await expect(checkIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], code: 'O0I1' } })).rejects.toBeInstanceOf(ZodError);
		const roster = await getRoster({ db, actor: personIn(hub.id, 'staff'), space: hub, activityId, sessionId: sessions[0] });
		expect(roster.items.filter((item) => item.checkedInAt).map((item) => item.name)).toEqual(['Ana Novak', 'Bojan Kralj']);
	});

	it('undoes a mistaken check-in, audited: the registration is registered again', async () => {
		const { db } = database;
		const bojan = registrations.Bojan!;
		const undone = await undoCheckIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], registrationId: bojan.id } });
		expect(undone).toMatchObject({ status: 'registered', removed: true });
		expect(await attendanceCount(bojan.id)).toBe(0);
		const [entry] = await auditOf('activity.check_in_undo');
		expect(entry).toMatchObject({ entityId: bojan.id, entityType: 'activity_attendance' });
		// undone again: nothing left to remove, nothing audited
		expect((await undoCheckIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], registrationId: bojan.id } })).removed).toBe(
			false
		);
		expect(await auditOf('activity.check_in_undo')).toHaveLength(1);
	});

	it('adds a walk-in as attended although the activity is full, checked in for the session', async () => {
		const { db } = database;
		const walkIn = await addWalkIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], name: 'Darja Vrhovec', email: '' } });
		expect(walkIn).toMatchObject({ name: 'Darja Vrhovec', status: 'attended', alreadyCheckedIn: false });
		const list = await listRegistrations({ db, actor: personIn(hub.id, 'viewer'), space: hub, activityId });
		// two places: Ana and Bojan hold them, Cvetka waits, Darja came anyway
		expect(list.counts).toMatchObject({ registered: 1, attended: 2, waitlisted: 1 });
		expect(list.items.find((item) => item.name === 'Darja Vrhovec')).toMatchObject({ source: 'walk_in', attendedSessionIds: [sessions[0]] });
		expect(await auditOf('activity.walk_in')).toHaveLength(1);
		await expect(addWalkIn({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], name: '' } })).rejects.toBeInstanceOf(ZodError);
	});

	it('marks no-shows only after the last session ended, in one audit entry; staff restore one, audited', async () => {
		const { db } = database;
		await expect(markNoShows({ db, context: staff(), space: hub, activityId, now: new Date('2031-03-10T11:00:00+01:00') })).rejects.toMatchObject({
			code: 'checkin_not_ended'
		});
		const { marked } = await markNoShows({ db, context: staff(), space: hub, activityId, now: new Date('2031-03-10T12:30:00+01:00') });
		// Bojan alone: Ana and Darja came, Cvetka was waiting
		expect(marked).toBe(1);
		expect(await auditOf('activity.no_shows')).toHaveLength(1);
		const list = await listRegistrations({ db, actor: personIn(hub.id, 'staff'), space: hub, activityId });
		expect(list.items.find((item) => item.name === 'Bojan Kralj')!.status).toBe('no_show');
		const restored = await changeRegistrationStatus({
			db,
			context: staff(),
			space: hub,
			activityId,
			input: { registrationId: registrations.Bojan!.id, status: 'registered' }
		});
		expect(restored.status).toBe('registered');
		await expect(
			changeRegistrationStatus({ db, context: staff(), space: hub, activityId, input: { registrationId: registrations.Cvetka!.id, status: 'no_show' } })
		).rejects.toMatchObject({ code: 'checkin_status_change' });
		const entries = await auditOf('activity.registration_status');
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ before: { status: 'no_show' }, after: { status: 'registered' } });
	});

	it('enters the signed sheet of a session afterwards: ticked people checked in at its start, unticked ones removed', async () => {
		const { db } = database;
		const { ana, bojan } = { ana: registrations.Ana!, bojan: registrations.Bojan! };
		const result = await enterSheet({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[1], present: [bojan.id] } });
		expect(result).toEqual({ added: 1, removed: 0 });
		const [row] = await db
			.select()
			.from(activityAttendances)
			.where(and(eq(activityAttendances.registrationId, bojan.id), eq(activityAttendances.sessionId, sessions[1]!)));
		expect(row).toMatchObject({ method: 'sheet', checkedInAt: new Date('2031-03-10T09:00:00+01:00') });
		expect((await listRegistrations({ db, actor: personIn(hub.id, 'staff'), space: hub, activityId })).counts.attended).toBe(3);
		expect(await enterSheet({ db, context: staff(), space: hub, activityId, input: { sessionId: sessions[0], present: [] } })).toEqual({
			added: 0,
			removed: 2
		});
		expect(await attendanceCount(ana.id)).toBe(0);
		expect(await auditOf('activity.sheet_entered')).toHaveLength(2);
	});

	it('refuses a member editor, an outsider and a viewer changing anything; viewers read the list, not the codes', async () => {
		const { db } = database;
		const input = { sessionId: sessions[0], registrationId: registrations.Cvetka!.id };
		for (const actor of [personIn(hub.id, 'member_editor'), personIn(hub.id, 'viewer'), personIn('00000000-0000-4000-8000-000000000001', 'admin')]) {
			await expect(checkIn({ db, context: { actor, source: 'form' }, space: hub, activityId, input })).rejects.toMatchObject({ code: 'forbidden' });
			await expect(markNoShows({ db, context: { actor, source: 'form' }, space: hub, activityId })).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(getRoster({ db, actor: personIn(hub.id, 'viewer'), space: hub, activityId })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listRegistrations({ db, actor: personIn(hub.id, 'member_editor'), space: hub, activityId })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await attendanceCount(registrations.Cvetka!.id)).toBe(0);
	});
});
