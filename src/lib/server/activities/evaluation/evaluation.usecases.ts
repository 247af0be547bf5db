import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { backOfficeUrl } from '../../mail/mail.templates.ts';
import { queueMail } from '../../mail/mail.usecases.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { changingInSpace, findSpaceById, type SpaceRef } from '../../spaces/space-scope.ts';
import { activityNotFound } from '../activities.errors.ts';
import { activitiesPolicy } from '../activities.policy.ts';
import { createActivitiesRepository, type ActivityRecord } from '../activities.repository.ts';
import { spaceOfActivity } from '../activity-space.ts';
import type { ActivityQuestion } from '../activities.table.ts';
import { createRegistrationsRepository, findRegistrationByToken } from '../registrations/registrations.repository.ts';
import type { RegistrationRow } from '../registrations/registrations.table.ts';
import {
	evaluationAlreadyAnswered,
	evaluationAlreadySent,
	evaluationLinkInvalid,
	evaluationNobodyAttended,
	evaluationNotSent,
	evaluationTooEarly
} from './evaluation.errors.ts';
import { evaluationMail } from './evaluation.mail.ts';
import { evaluationQuestionsOf } from './evaluation.questions.ts';
import { createEvaluationRepository, type Participant } from './evaluation.repository.ts';
import { aggregateAnswers } from './evaluation.results.ts';
import { evaluationAnswersSchema, type Answer, type EvaluationResults } from './evaluation.schemas.ts';

const text = (value: LocalizedText, locale: 'sl' | 'en') => (locale === 'en' && value.en) || value.sl;

/** Whether a participant was there: a check-in at some session, or marked as attended. */
export const attended = (participant: Pick<Participant, 'attendedSessions' | 'status'>) =>
	participant.attendedSessions > 0 || participant.status === 'attended';

/**
 * Sends the evaluation once, to everyone who attended, after the first session started: each gets
 * a fresh personal link (older links of theirs stop working) in their own language. The questions
 * asked (the organiser's, or the default set) are stored on the activity, so the results always
 * read against what was asked.
 */
export async function sendEvaluation({
	db,
	context,
	space,
	activityId,
	publicUrl,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	publicUrl: string;
	now?: Date;
}): Promise<{ sent: number }> {
	return changingInSpace({ db, context, space }, activitiesPolicy, 'manage', async (tx) => {
		const found = await createActivitiesRepository({ db: tx, spaceId: space.id }).find(activityId);
		if (!found) throw activityNotFound(activityId);
		if (found.row.evaluationSentAt) throw evaluationAlreadySent();
		const firstStart = found.sessions[0]?.startsAt;
		if (!firstStart || firstStart > now) throw evaluationTooEarly();
		const evaluation = createEvaluationRepository({ db: tx, spaceId: space.id });
		const recipients = (await evaluation.participants(activityId)).filter(attended);
		if (recipients.length === 0) throw evaluationNobodyAttended();
		const questions = evaluationQuestionsOf(found.row.evaluationQuestions);
		await evaluation.markSent(activityId, questions);
		const registrations = createRegistrationsRepository({ db: tx, spaceId: space.id });
		let sent = 0;
		for (const person of recipients) {
			if (!person.email) continue;
			const token = await registrations.renewToken(person.registrationId);
			await queueMail({
				db: tx,
				message: evaluationMail({
					to: person.email,
					name: person.name,
					activity: text(found.row.title, person.locale),
					space: text(space.name, person.locale),
					url: backOfficeUrl(publicUrl, person.locale, `/evaluation/${token}`),
					anonymous: found.row.evaluationAnonymous,
					locale: person.locale
				})
			});
			sent++;
		}
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.evaluation_send',
				entityType: 'activity_evaluation',
				entityId: activityId,
				spaceId: space.id,
				after: { recipients: sent, questions: questions.map((question) => question.id), anonymous: found.row.evaluationAnonymous }
			}
		});
		return { sent };
	});
}

/** What the participant's form shows. */
export type EvaluationForm = {
	activity: { title: LocalizedText; startsAt: string; endsAt: string };
	space: { name: LocalizedText; slug: string };
	questions: ActivityQuestion[];
	anonymous: boolean;
	answered: boolean;
	/** Whether the person has a certificate to download with the same link. */
	certificate: boolean;
};

async function evaluationOfToken(db: Database, token: string): Promise<{ registration: RegistrationRow; found: ActivityRecord; participant: Participant }> {
	const registration = await findRegistrationByToken(db, token);
	if (!registration || registration.status === 'cancelled') throw evaluationLinkInvalid();
	const found = await createActivitiesRepository({ db, spaceId: registration.spaceId }).find(registration.activityId);
	if (!found) throw evaluationLinkInvalid();
	if (!found.row.evaluationSentAt) throw evaluationNotSent();
	const participant = (await createEvaluationRepository({ db, spaceId: registration.spaceId }).participants(registration.activityId)).find(
		(candidate) => candidate.registrationId === registration.id
	);
	// the evaluation is for those who were there
	if (!participant || !attended(participant)) throw evaluationLinkInvalid();
	return { registration, found, participant };
}

/** The evaluation form a person's link opens (the link is the only key: no account). */
export async function getEvaluationForm({ db, token }: { db: Database; token: string }): Promise<EvaluationForm> {
	const { registration, found } = await evaluationOfToken(db, token);
	return {
		activity: {
			title: found.row.title,
			startsAt: found.sessions[0]!.startsAt.toISOString(),
			endsAt: found.sessions.at(-1)!.endsAt.toISOString()
		},
		space: (await findSpaceById(db, registration.spaceId))!,
		questions: evaluationQuestionsOf(found.row.evaluationQuestions),
		anonymous: found.row.evaluationAnonymous,
		answered: registration.evaluatedAt !== null,
		certificate: registration.certificateCode !== null
	};
}

/**
 * Stores a person's answers, once. When the evaluation is anonymous the answers keep no link to
 * the registration, and their time only the day: the registration's `evaluated_at`, set in the
 * same transaction, is all that records who answered.
 */
export async function submitEvaluation({
	db,
	token,
	input,
	source = 'form'
}: {
	db: Database;
	token: string;
	input: unknown;
	source?: 'form' | 'api';
}): Promise<{ anonymous: boolean }> {
	return db.transaction(async (tx) => {
		const { registration, found } = await evaluationOfToken(tx, token);
		const questions = evaluationQuestionsOf(found.row.evaluationQuestions);
		const answers: Record<string, Answer> = evaluationAnswersSchema(questions).parse(input);
		const evaluation = createEvaluationRepository({ db: tx, spaceId: registration.spaceId });
		if (!(await evaluation.markEvaluated(registration.id))) throw evaluationAlreadyAnswered();
		const anonymous = found.row.evaluationAnonymous;
		const today = new Date();
		today.setUTCHours(0, 0, 0, 0);
		await evaluation.insertResponse({
			activityId: found.row.id,
			registrationId: anonymous ? null : registration.id,
			answers,
			submittedAt: anonymous ? today : new Date()
		});
		await recordAudit({
			db: tx,
			context: { actor: { kind: 'anonymous' }, source },
			change: {
				action: 'activity.evaluation_answer',
				entityType: 'activity_evaluation_answer',
				entityId: registration.id,
				spaceId: registration.spaceId,
				// never the answers: of an anonymous evaluation they would name who gave them
				after: { evaluated: true }
			}
		});
		return { anonymous };
	});
}

/** The evaluation's results for the space's staff: per question, and the response rate. */
export async function getEvaluationResults({
	db,
	actor,
	space,
	activityId
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	activityId: string;
}): Promise<EvaluationResults> {
	authorize(activitiesPolicy, actor, 'readInternal', { spaceId: space.id });
	const found = await createActivitiesRepository({ db, spaceId: space.id }).find(activityId);
	if (!found) throw activityNotFound(activityId);
	const evaluation = createEvaluationRepository({ db, spaceId: space.id });
	const attendees = (await evaluation.participants(activityId)).filter(attended).length;
	const responses = await evaluation.responses(activityId);
	return {
		activityId,
		anonymous: found.row.evaluationAnonymous,
		sentAt: found.row.evaluationSentAt?.toISOString() ?? null,
		attended: attendees,
		responses: responses.length,
		responseRate: attendees ? Math.round((responses.length / attendees) * 1000) / 1000 : null,
		questions: aggregateAnswers(
			evaluationQuestionsOf(found.row.evaluationQuestions),
			responses.map((response) => response.answers)
		)
	};
}

/** The results of an activity named by id alone (`/api/v1/activities/{id}/evaluation`). */
export async function getEvaluationResultsOfActivity({
	db,
	actor,
	activityId
}: {
	db: Database;
	actor: Actor;
	activityId: string;
}): Promise<EvaluationResults> {
	return getEvaluationResults({ db, actor, space: await spaceOfActivity(db, activityId), activityId });
}
