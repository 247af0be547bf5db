import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { addParticipant, pastSessions, type TestParticipant } from '../../../../../tests/support/activity-participants.ts';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createActivity } from '../activities.usecases.ts';
import { findRegistrationByToken } from '../registrations/registrations.repository.ts';
import { activityEvaluationResponses } from './evaluation.table.ts';
import { getEvaluationForm, getEvaluationResults, sendEvaluation, submitEvaluation } from './evaluation.usecases.ts';
import { jobs } from '../../jobs/jobs.table.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const publicUrl = 'https://sticisce.example.si';

describe('evaluation of an activity', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
	});
	afterAll(() => database.close());

	async function trainingWith(input: Record<string, unknown>, attendance: number[]) {
		const { db } = database;
		const activity = await createActivity({
			db,
			context: cli,
			space: hub,
			input: { title: { sl: 'Usposabljanje za digitalno dostopnost' }, type: 'training', pillar: 'training', sessions: pastSessions(2), ...input }
		});
		const sessionIds = activity.sessions.map((session) => session.id);
		const people: TestParticipant[] = [];
		for (const [index, attended] of attendance.entries()) {
			people.push(
				await addParticipant(db, { spaceId: hub.id, activityId: activity.id, sessionIds, name: `Udeleženka ${index + 1}`, attendedSessions: attended })
			);
		}
		return { activity, people };
	}

	/** The new link a person got in the evaluation mail (the old one stopped working). */
	async function linkOf(person: TestParticipant) {
		const mails = await database.db.select().from(jobs);
		const mail = mails.map((job) => job.payload as { to: string; text: string }).find((payload) => payload.to === person.email);
		return mail?.text.match(/\/evaluation\/([\w-]+)/)?.[1];
	}

	it('sends once, only to those who attended, with the default questions stored; refused before the first session', async () => {
		const { db } = database;
		const { activity, people } = await trainingWith({}, [2, 0, 1]);
		const staff = { actor: personIn(hub.id, 'staff'), source: 'form' } as const;
		await expect(
			sendEvaluation({ db, context: staff, space: hub, activityId: activity.id, publicUrl, now: new Date(Date.now() - 40 * 86_400_000) })
		).rejects.toMatchObject({ code: 'evaluation_too_early' });
		await expect(
			sendEvaluation({ db, context: { actor: personIn(hub.id, 'viewer'), source: 'form' }, space: hub, activityId: activity.id, publicUrl })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await sendEvaluation({ db, context: staff, space: hub, activityId: activity.id, publicUrl })).toEqual({ sent: 2 });
		await expect(sendEvaluation({ db, context: staff, space: hub, activityId: activity.id, publicUrl })).rejects.toMatchObject({
			code: 'evaluation_already_sent'
		});
		expect(await linkOf(people[0]!)).toBeTruthy();
		expect(await linkOf(people[1]!)).toBeUndefined();
		// the link in the mail is new; the registration's old one no longer opens anything
		expect(await findRegistrationByToken(db, people[0]!.token)).toBeUndefined();
		const form = await getEvaluationForm({ db, token: (await linkOf(people[2]!))! });
		expect(form.questions.map((question) => question.id)).toEqual(['overall', 'usefulness', 'improved_work', 'improve']);
		expect(form.questions[2]!.label.sl).toBe('Ali je to izboljšalo delo vaše organizacije?');
	});

	it('stores an anonymous answer without the registration, marks the person as having answered, and refuses a second answer', async () => {
		const { db } = database;
		const { activity, people } = await trainingWith({ evaluationAnonymous: true }, [2]);
		await sendEvaluation({ db, context: cli, space: hub, activityId: activity.id, publicUrl });
		const token = (await linkOf(people[0]!))!;
		await expect(submitEvaluation({ db, token, input: { overall: '', usefulness: '4' } })).rejects.toBeInstanceOf(ZodError);
		expect(await submitEvaluation({ db, token, input: { overall: '5', usefulness: '4', improved_work: 'yes', improve: 'Več primerov.' } })).toEqual({
			anonymous: true
		});
		const stored = (await db.select().from(activityEvaluationResponses)).filter((row) => row.activityId === activity.id);
		expect(stored).toHaveLength(1);
		expect(stored[0]!.registrationId).toBeNull();
		expect(stored[0]!.answers).toEqual({ overall: 5, usefulness: 4, improved_work: true, improve: 'Več primerov.' });
		expect((await findRegistrationByToken(db, token))!.evaluatedAt).toBeInstanceOf(Date);
		await expect(submitEvaluation({ db, token, input: { overall: '1', usefulness: '1' } })).rejects.toMatchObject({ code: 'evaluation_already_answered' });
		expect((await db.select().from(activityEvaluationResponses)).filter((row) => row.activityId === activity.id)).toHaveLength(1);
		expect((await getEvaluationForm({ db, token })).answered).toBe(true);
	});

	it('keeps the registration with a named answer and refuses ratings outside 1–5', async () => {
		const { db } = database;
		const { activity, people } = await trainingWith({}, [1]);
		await sendEvaluation({ db, context: cli, space: hub, activityId: activity.id, publicUrl });
		const token = (await linkOf(people[0]!))!;
		const refused = await submitEvaluation({ db, token, input: { overall: '6', usefulness: '3' } }).catch((error: unknown) => error);
		expect((refused as ZodError).issues.map((issue) => [issue.path[0], issue.message])).toEqual([['overall', 'evaluation_rating_range']]);
		await submitEvaluation({ db, token, input: { overall: '3', usefulness: '3' } });
		const [stored] = (await db.select().from(activityEvaluationResponses)).filter((row) => row.activityId === activity.id);
		expect(stored!.registrationId).toBe(people[0]!.registrationId);
	});

	it('counts the answers per question: average and spread of ratings, yes/no, texts, and the response rate', async () => {
		const { db } = database;
		const questions = [
			{ kind: 'rating', label: { sl: 'Splošna ocena' }, required: true },
			{ kind: 'yes_no', label: { sl: 'Ali je to izboljšalo delo vaše organizacije?' }, required: false },
			{ kind: 'choice', label: { sl: 'Kako ste izvedeli?' }, required: false, options: [{ sl: 'Splet' }, { sl: 'E-pošta' }] },
			{ kind: 'text', label: { sl: 'Kaj naj izboljšamo?' }, required: false }
		];
		const { activity, people } = await trainingWith({ evaluationQuestions: questions }, [2, 2, 1, 1, 2]);
		await sendEvaluation({ db, context: cli, space: hub, activityId: activity.id, publicUrl });
		const answers = [{ q1: '5', q2: 'yes', q3: '0', q4: 'Več odmorov.' }, { q1: '4', q2: 'yes', q3: '1' }, { q1: '4', q2: 'no', q4: '  ' }, { q1: '2' }];
		for (const [index, input] of answers.entries()) await submitEvaluation({ db, token: (await linkOf(people[index]!))!, input });
		const results = await getEvaluationResults({ db, actor: personIn(hub.id, 'viewer'), space: hub, activityId: activity.id });
		expect(results).toMatchObject({ attended: 5, responses: 4, responseRate: 0.8 });
		expect(results.questions.map(({ id, answered, average, distribution, texts }) => ({ id, answered, average, distribution, texts }))).toEqual([
			{ id: 'q1', answered: 4, average: 3.75, distribution: [0, 1, 0, 2, 1], texts: [] },
			{ id: 'q2', answered: 3, average: null, distribution: [2, 1], texts: [] },
			{ id: 'q3', answered: 2, average: null, distribution: [1, 1], texts: [] },
			{ id: 'q4', answered: 1, average: null, distribution: [], texts: ['Več odmorov.'] }
		]);
		await expect(getEvaluationResults({ db, actor: personIn(hub.id, 'member_editor'), space: hub, activityId: activity.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
