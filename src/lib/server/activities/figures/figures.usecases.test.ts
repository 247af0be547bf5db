import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { personIn } from '../../../../../tests/support/actors.ts';
import type { DatabaseHandle, Database } from '../../db/client.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { createPerson } from '../../people/people.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { createProject } from '../../projects/projects.usecases.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createActivity } from '../activities.usecases.ts';
import type { Activity } from '../activities.schemas.ts';
import { activityAttendances } from '../checkin/checkin.table.ts';
import { activityEvaluationResponses } from '../evaluation/evaluation.table.ts';
import { takePlace } from '../registrations/registrations.usecases.ts';
import { activitiesIndicatorRules } from './activities.indicator-rules.ts';
import { getActivityFigures, getSpaceFigures } from './figures.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const place = (municipalityCode = '061') => ({ address: 'Trg republike 3', municipalityCode });
const yesNo = [
	{ id: 'stars', kind: 'rating' as const, label: { sl: 'Ocena' }, required: true },
	{ id: 'helped', kind: 'yes_no' as const, label: { sl: 'Ali vam je koristilo?' }, required: true }
];

/**
 * A small hub: an NGO in Ljubljana, another in Maribor, a company; Ana attends both trainings, Bor one
 * (for the company), Cene registers but does not come; a conference with 12 unnamed people in the
 * room and one checked-in guest; a training just after midnight of New Year in Ljubljana.
 */
describe('figures of activities', () => {
	let database: DatabaseHandle;
	let db: Database;
	let hub: SpaceRef;
	let projectId = '';
	const ids: Record<string, string> = {};
	const activities: Record<string, Activity> = {};

	async function attend(activity: Activity, person: string, organisation: string | null, sessions = activity.sessions, status?: 'attended') {
		const { row } = await takePlace({
			db,
			spaceId: hub.id,
			registration: {
				activityId: activity.id,
				personId: ids[person]!,
				organisationId: organisation && ids[organisation]!,
				source: 'staff',
				locale: 'sl',
				status
			}
		});
		for (const session of sessions)
			await db
				.insert(activityAttendances)
				.values({ spaceId: hub.id, registrationId: row.id, sessionId: session.id, checkedInAt: new Date(session.startsAt), method: 'tap' });
		return row;
	}

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		await createSpace({ db, context: cli, input: { slug: 'hub', kind: 'regional_hub', name: { sl: 'Stičišče' } } });
		hub = await findSpaceRef(db, 'hub');
		projectId = (
			await createProject({ db, context: cli, space: hub, input: { title: { sl: 'Projekt' }, slug: 'projekt', startsOn: '2019-01-01', endsOn: '2020-12-31' } })
		).id;
		ids.ngo = (await createOrganisation({ db, context: cli, input: { name: 'Društvo Prvo', legalForm: 'association', municipalityCode: '061' } })).id;
		ids.institute = (
			await createOrganisation({ db, context: cli, input: { name: 'Zavod Drugi', legalForm: 'private_institute', municipalityCode: '070' } })
		).id;
		ids.company = (await createOrganisation({ db, context: cli, input: { name: 'Podjetje d.o.o.', legalForm: 'company', municipalityCode: '061' } })).id;
		for (const name of ['Ana', 'Bor', 'Cene', 'Dora', 'Eva'])
			ids[name] = (await createPerson({ db, context: cli, input: { name, email: `${name.toLowerCase()}@example.org` } })).id;
		const make = async (key: string, input: Record<string, unknown>) =>
			(activities[key] = await createActivity({
				db,
				context: cli,
				space: hub,
				input: { pillar: 'training', projectId, evaluationQuestions: yesNo, ...input }
			}));
		await make('first', {
			title: { sl: 'Prvo izobraževanje' },
			type: 'training',
			sessions: [
				{ startsAt: '2019-03-01T09:00:00+01:00', endsAt: '2019-03-01T12:00:00+01:00', place: place() },
				{ startsAt: '2019-03-08T09:00:00+01:00', endsAt: '2019-03-08T12:00:00+01:00', place: place() }
			]
		});
		await make('second', {
			title: { sl: 'Delavnica' },
			type: 'workshop',
			sessions: [{ startsAt: '2019-12-31T23:30:00+01:00', endsAt: '2020-01-01T01:00:00+01:00', place: place('070') }]
		});
		await make('newYear', {
			title: { sl: 'Novoletno izobraževanje' },
			type: 'training',
			sessions: [{ startsAt: '2020-01-01T00:30:00+01:00', endsAt: '2020-01-01T02:00:00+01:00', online: true, url: 'https://example.org/meet' }]
		});
		await make('conference', {
			title: { sl: 'Konferenca' },
			type: 'conference',
			pillar: 'networking',
			sessions: [{ startsAt: '2019-05-17T10:00:00+02:00', endsAt: '2019-05-17T14:00:00+02:00', place: place('133'), unnamedAttendees: 12 }]
		});
		await make('elsewhere', {
			title: { sl: 'Brez projekta' },
			type: 'training',
			projectId: null,
			sessions: [{ startsAt: '2019-06-01T09:00:00+02:00', endsAt: '2019-06-01T12:00:00+02:00', place: place() }]
		});
		const ana1 = await attend(activities.first!, 'Ana', 'ngo', activities.first!.sessions.slice(0, 1));
		await attend(activities.first!, 'Bor', 'company');
		await takePlace({
			db,
			spaceId: hub.id,
			registration: { activityId: activities.first!.id, personId: ids.Cene!, organisationId: ids.ngo!, source: 'staff', locale: 'sl' }
		});
		const ana2 = await attend(activities.second!, 'Ana', 'ngo');
		await attend(activities.second!, 'Dora', 'institute', [], 'attended');
		await attend(activities.newYear!, 'Eva', 'institute');
		await attend(activities.conference!, 'Eva', null);
		await attend(activities.elsewhere!, 'Cene', 'ngo');
		const answer = (activity: Activity, registrationId: string | null, answers: Record<string, string | number | boolean>) =>
			db.insert(activityEvaluationResponses).values({ spaceId: hub.id, activityId: activity.id, registrationId, answers });
		await answer(activities.first!, ana1.id, { stars: 5, helped: true });
		await answer(activities.first!, null, { stars: 3, helped: 'no' });
		await answer(activities.second!, ana2.id, { stars: 4, helped: 'yes' });
	}, 60_000);
	afterAll(() => database.close());

	it('counts a person at two trainings once, adds the unnamed headcounts, and tells NGOs from other organisations', async () => {
		const figures = await getSpaceFigures({ db, actor: personIn(hub.id, 'staff'), space: hub, query: { from: '1. 1. 2019', to: '31. 12. 2019' } });
		expect(figures.totals).toEqual({
			activities: 4,
			sessions: 5,
			// Ana twice, Bor, Cene twice (one not come), Dora, Eva at the conference
			registrations: 7,
			waitlisted: 0,
			noShows: 0,
			persons: 5,
			unnamedAttendees: 12,
			attendees: 17,
			organisations: 3,
			ngos: 2
		});
		expect(figures.byPillar).toEqual([
			{ pillar: 'training', activities: 3, sessions: 4 },
			{ pillar: 'networking', activities: 1, sessions: 1 }
		]);
		expect(figures.byLegalForm).toEqual([
			{ key: 'association', organisations: 1, persons: 2 },
			{ key: 'company', organisations: 1, persons: 1 },
			{ key: 'private_institute', organisations: 1, persons: 1 },
			{ key: null, organisations: 0, persons: 1 }
		]);
		expect(figures.byRegion).toEqual([
			{ key: 'SI041', organisations: 2, persons: 3 },
			{ key: 'SI032', organisations: 1, persons: 1 },
			{ key: null, organisations: 0, persons: 1 }
		]);
		expect(figures.satisfaction).toEqual({
			responses: 3,
			ratings: 3,
			averageRating: 4,
			yesNo: [{ label: { sl: 'Ali vam je koristilo?' }, answered: 3, yes: 2 }]
		});
	});

	it("takes the period's days in Ljubljana time, and one project's activities when asked", async () => {
		const staff = personIn(hub.id, 'staff');
		const newYear = await getSpaceFigures({ db, actor: staff, space: hub, query: { from: '2020-01-01', to: '2020-01-01' } });
		// the workshop began at 23.30 on New Year's Eve (22.30 UTC), the training at 0.30 on New Year's Day (23.30 UTC the day before)
		expect(newYear.totals).toMatchObject({ activities: 1, persons: 1, ngos: 1, organisations: 1 });
		const project = await getSpaceFigures({ db, actor: staff, space: hub, query: { from: '2019-01-01', to: '2019-12-31', project: projectId } });
		expect(project.totals).toMatchObject({ activities: 3, persons: 4, attendees: 16 });
		await expect(getSpaceFigures({ db, actor: staff, space: hub, query: { from: '31. 12. 2019', to: '1. 1. 2019' } })).rejects.toThrow();
	});

	it("gives one activity's figures, and none to those outside the space's staff", async () => {
		const { figures } = await getActivityFigures({ db, actor: personIn(hub.id, 'viewer'), space: hub, activityId: activities.first!.id });
		expect(figures.totals).toMatchObject({ activities: 1, sessions: 2, registrations: 3, persons: 2, organisations: 2, ngos: 1, attendees: 2 });
		await expect(getActivityFigures({ db, actor: anonymous, space: hub, activityId: activities.first!.id })).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(getSpaceFigures({ db, actor: personIn(hub.id, 'member_editor'), space: hub, query: {} })).rejects.toMatchObject({ code: 'forbidden' });
	});

	it("computes each indicator rule over the project's activities held in the reporting period", async () => {
		const compute = async (id: string, from: string, to: string) =>
			activitiesIndicatorRules.find((rule) => rule.id === id)!.compute({ db, space: hub, project: { id: projectId }, from, to });
		expect(await compute('activities.trainings_held', '2019-01-01', '2019-12-31')).toBe(2);
		expect(await compute('activities.trainings_held', '2019-01-01', '2020-12-31')).toBe(3);
		expect(await compute('activities.training_participants', '2019-01-01', '2019-12-31')).toBe(3);
		expect(await compute('activities.training_ngos', '2019-01-01', '2019-12-31')).toBe(2);
		expect(await compute('activities.training_ngos', '2020-01-01', '2020-12-31')).toBe(1);
		expect(await compute('activities.event_attendees', '2019-01-01', '2019-12-31')).toBe(13);
		expect(await compute('activities.activities_held', '2019-01-01', '2019-12-31')).toBe(3);
		expect(await compute('activities.training_improved_share', '2019-01-01', '2019-12-31')).toBeCloseTo(66.7);
		expect(await compute('activities.training_improved_share', '2020-01-01', '2020-12-31')).toBe(0);
	});

	it('counts no planned session as held', async () => {
		const future = await createActivity({
			db,
			context: cli,
			space: hub,
			input: {
				title: { sl: 'Prihodnje' },
				type: 'training',
				pillar: 'training',
				projectId,
				sessions: [{ startsAt: '2099-01-01T09:00:00+01:00', endsAt: '2099-01-01T10:00:00+01:00', place: place() }]
			}
		});
		const rule = activitiesIndicatorRules.find((candidate) => candidate.id === 'activities.trainings_held')!;
		expect(await rule.compute({ db, space: hub, project: { id: projectId }, from: '2099-01-01', to: '2099-12-31' })).toBe(0);
		const planned = await getSpaceFigures({ db, actor: personIn(hub.id, 'staff'), space: hub, query: { from: '2099-01-01', to: '2099-12-31' } });
		expect(planned.totals.activities).toBe(1);
		expect(future.id).toBeTruthy();
	});
});
