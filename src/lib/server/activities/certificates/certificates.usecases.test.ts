import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addParticipant, pastSessions } from '../../../../../tests/support/activity-participants.ts';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createActivity } from '../activities.usecases.ts';
import { getCertificateByToken, issueCertificates, listCertificateCandidates, meetsAttendanceRule, verifyCertificate } from './certificates.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe('the attendance rule', () => {
	it('at 80 % of 5 sessions: 4 attended qualifies, 3 does not; one session: having been there', () => {
		expect(meetsAttendanceRule({ attendedSessions: 4, status: 'registered' }, 5, 80)).toBe(true);
		expect(meetsAttendanceRule({ attendedSessions: 3, status: 'registered' }, 5, 80)).toBe(false);
		expect(meetsAttendanceRule({ attendedSessions: 5, status: 'attended' }, 5, null)).toBe(false);
		expect(meetsAttendanceRule({ attendedSessions: 1, status: 'registered' }, 1, 100)).toBe(true);
		expect(meetsAttendanceRule({ attendedSessions: 0, status: 'attended' }, 1, 80)).toBe(true);
		expect(meetsAttendanceRule({ attendedSessions: 0, status: 'no_show' }, 1, 80)).toBe(false);
	});
});

describe('certificates of attendance', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
	});
	afterAll(() => database.close());

	it('issues to those who attended 4 of 5 sessions at the 80 % rule, not 3 of 5, once, with codes that verify', async () => {
		const { db } = database;
		const activity = await createActivity({
			db,
			context: cli,
			space: hub,
			input: { title: { sl: 'Šola za vodje NVO' }, type: 'training', pillar: 'training', certificateMinPercent: 80, sessions: pastSessions(5) }
		});
		const sessionIds = activity.sessions.map((session) => session.id);
		const scope = { spaceId: hub.id, activityId: activity.id, sessionIds };
		const four = await addParticipant(db, { ...scope, name: 'Ana Novak', attendedSessions: 4 });
		const three = await addParticipant(db, { ...scope, name: 'Bor Kralj', attendedSessions: 3 });
		const all = await addParticipant(db, { ...scope, name: 'Cvetka Zupan', attendedSessions: 5 });
		const staff = { actor: personIn(hub.id, 'staff'), source: 'form' } as const;

		await expect(
			issueCertificates({ db, context: staff, space: hub, activityId: activity.id, now: new Date(Date.now() - 60 * 86_400_000) })
		).rejects.toMatchObject({ code: 'certificates_too_early' });
		await expect(
			issueCertificates({ db, context: { actor: personIn(hub.id, 'viewer'), source: 'form' }, space: hub, activityId: activity.id })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		const { issued } = await issueCertificates({ db, context: staff, space: hub, activityId: activity.id });
		expect(issued.sort()).toEqual([four.registrationId, all.registrationId].sort());
		expect((await issueCertificates({ db, context: staff, space: hub, activityId: activity.id })).issued).toEqual([]);

		const list = await listCertificateCandidates({ db, actor: personIn(hub.id, 'viewer'), space: hub, activityId: activity.id });
		expect(list.candidates.map(({ name, attendedSessions, qualifies }) => ({ name, attendedSessions, qualifies }))).toEqual([
			{ name: 'Ana Novak', attendedSessions: 4, qualifies: true },
			{ name: 'Bor Kralj', attendedSessions: 3, qualifies: false },
			{ name: 'Cvetka Zupan', attendedSessions: 5, qualifies: true }
		]);
		expect(list.candidates[1]!.certificateCode).toBeNull();

		const certificate = await getCertificateByToken({ db, token: four.token });
		expect(certificate).toMatchObject({ name: 'Ana Novak', attendedSessions: 4, totalSessions: 5, hours: 8, space: { name: { sl: 'NVO-VID' } } });
		expect(certificate.code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
		await expect(getCertificateByToken({ db, token: three.token })).rejects.toMatchObject({ code: 'certificate_link_invalid' });

		const verified = await verifyCertificate({ db, code: certificate.code.toLowerCase() });
		expect(verified).toEqual({
			name: 'Ana Novak',
			activity: { sl: 'Šola za vodje NVO' },
			startsAt: activity.sessions[0]!.startsAt,
			endsAt: activity.sessions[4]!.endsAt,
			issuedAt: certificate.issuedAt
		});
		await expect(verifyCertificate({ db, code: 'AAAA-BBBB-CCCC-DDDD' })).rejects.toMatchObject({ code: 'certificate_not_found' });
	});

	it('gives none when the activity has no attendance rule', async () => {
		const { db } = database;
		const activity = await createActivity({
			db,
			context: cli,
			space: hub,
			input: { title: { sl: 'Informativni dan' }, type: 'info_session', pillar: 'informing', sessions: pastSessions(1) }
		});
		await addParticipant(db, {
			spaceId: hub.id,
			activityId: activity.id,
			sessionIds: activity.sessions.map((session) => session.id),
			name: 'Ana',
			attendedSessions: 1
		});
		await expect(issueCertificates({ db, context: cli, space: hub, activityId: activity.id })).rejects.toMatchObject({ code: 'certificates_not_offered' });
	});
});
