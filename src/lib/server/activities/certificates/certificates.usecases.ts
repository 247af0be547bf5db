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
import { attended } from '../evaluation/evaluation.usecases.ts';
import { createEvaluationRepository, type Participant } from '../evaluation/evaluation.repository.ts';
import { createRegistrationsRepository, findRegistrationByToken } from '../registrations/registrations.repository.ts';
import { certificateLinkInvalid, certificateNotFound, certificatesNotOffered, certificatesTooEarly } from './certificates.errors.ts';
import { certificateMail } from './certificates.mail.ts';
import type { Certificate } from './certificates.schemas.ts';
import { createCertificatesRepository, findByCertificateCode } from './certificates.repository.ts';

/**
 * The attendance rule: sessions attended of all sessions at least `minPercent` (80 % of 5 sessions
 * is 4); of a one-session activity, having been there. No rule: no certificates.
 */
export function meetsAttendanceRule(participant: Pick<Participant, 'attendedSessions' | 'status'>, totalSessions: number, minPercent: number | null): boolean {
	if (minPercent === null || totalSessions === 0) return false;
	if (totalSessions === 1) return attended(participant);
	return participant.attendedSessions * 100 >= minPercent * totalSessions;
}

/** A participant as the staff's certificate list shows them. */
export type CertificateCandidate = {
	registrationId: string;
	name: string;
	attendedSessions: number;
	qualifies: boolean;
	certificateCode: string | null;
	certificateIssuedAt: string | null;
};

/** Who attended how much and who has or may get a certificate, for the space's staff. */
export async function listCertificateCandidates({
	db,
	actor,
	space,
	activityId
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	activityId: string;
}): Promise<{ minPercent: number | null; totalSessions: number; candidates: CertificateCandidate[] }> {
	authorize(activitiesPolicy, actor, 'readInternal', { spaceId: space.id });
	const found = await createActivitiesRepository({ db, spaceId: space.id }).find(activityId);
	if (!found) throw activityNotFound(activityId);
	const participants = (await createEvaluationRepository({ db, spaceId: space.id }).participants(activityId)).filter(attended);
	return {
		minPercent: found.row.certificateMinPercent,
		totalSessions: found.sessions.length,
		candidates: participants.map((person) => ({
			registrationId: person.registrationId,
			name: person.name,
			attendedSessions: person.attendedSessions,
			qualifies: meetsAttendanceRule(person, found.sessions.length, found.row.certificateMinPercent),
			certificateCode: person.certificateCode,
			certificateIssuedAt: person.certificateIssuedAt?.toISOString() ?? null
		}))
	};
}

/**
 * Issues certificates to everyone who met the attendance rule and has none yet, once the last
 * session has ended: each gets a code of its own for verification. Returns the registrations
 * issued now, for their mails (see `mailCertificate`).
 */
export async function issueCertificates({
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
}): Promise<{ issued: string[] }> {
	return changingInSpace({ db, context, space }, activitiesPolicy, 'manage', async (tx) => {
		const found = await createActivitiesRepository({ db: tx, spaceId: space.id }).find(activityId);
		if (!found) throw activityNotFound(activityId);
		if (found.row.certificateMinPercent === null) throw certificatesNotOffered();
		const lastEnd = found.sessions.at(-1)?.endsAt;
		if (!lastEnd || lastEnd > now) throw certificatesTooEarly();
		const participants = await createEvaluationRepository({ db: tx, spaceId: space.id }).participants(activityId);
		const certificates = createCertificatesRepository({ db: tx, spaceId: space.id });
		const issued: string[] = [];
		for (const person of participants) {
			if (person.certificateCode || !meetsAttendanceRule(person, found.sessions.length, found.row.certificateMinPercent)) continue;
			if (await certificates.issue(person.registrationId, now)) issued.push(person.registrationId);
		}
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.certificates_issue',
				entityType: 'activity_certificates',
				entityId: activityId,
				spaceId: space.id,
				after: { issued: issued.length }
			}
		});
		return { issued };
	});
}

function certificateOf(found: ActivityRecord, participant: Participant, space: { name: LocalizedText; slug: string }): Certificate {
	return {
		name: participant.name,
		activity: {
			title: found.row.title,
			slug: found.row.slug,
			startsAt: found.sessions[0]!.startsAt.toISOString(),
			endsAt: found.sessions.at(-1)!.endsAt.toISOString()
		},
		space,
		attendedSessions: found.sessions.length === 1 ? Math.max(participant.attendedSessions, 1) : participant.attendedSessions,
		totalSessions: found.sessions.length,
		hours: Math.round((participant.attendedMinutes / 60) * 10) / 10,
		issuedAt: participant.certificateIssuedAt!.toISOString(),
		code: participant.certificateCode!,
		locale: participant.locale
	};
}

/** The certificate a person's link names, once it was issued. */
export async function getCertificateByToken({ db, token }: { db: Database; token: string }): Promise<Certificate> {
	const registration = await findRegistrationByToken(db, token);
	if (!registration?.certificateCode) throw certificateLinkInvalid();
	const found = await createActivitiesRepository({ db, spaceId: registration.spaceId }).find(registration.activityId);
	const participant = (await createEvaluationRepository({ db, spaceId: registration.spaceId }).participants(registration.activityId)).find(
		(candidate) => candidate.registrationId === registration.id
	);
	if (!found || !participant) throw certificateLinkInvalid();
	return certificateOf(found, participant, (await findSpaceById(db, registration.spaceId))!);
}

/** What the public verification page confirms of a certificate: whose, of what, when. Nothing more. */
export type CertificateVerification = { name: string; activity: LocalizedText; startsAt: string; endsAt: string; issuedAt: string };

export async function verifyCertificate({ db, code }: { db: Database; code: string }): Promise<CertificateVerification> {
	const normalised = code.trim().toUpperCase();
	const found = /^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/.test(normalised) ? await findByCertificateCode(db, normalised) : undefined;
	if (!found) throw certificateNotFound(code);
	const activity = await createActivitiesRepository({ db, spaceId: found.registration.spaceId }).find(found.registration.activityId);
	if (!activity) throw certificateNotFound(code);
	return {
		name: found.name,
		activity: activity.row.title,
		startsAt: activity.sessions[0]!.startsAt.toISOString(),
		endsAt: activity.sessions.at(-1)!.endsAt.toISOString(),
		issuedAt: found.registration.certificateIssuedAt!.toISOString()
	};
}

/**
 * Mails one issued certificate as a PDF: the person gets a fresh personal link (to download it
 * again, and to the evaluation while unanswered), the PDF printed from that link's page.
 */
export async function mailCertificate({
	db,
	space,
	registrationId,
	publicUrl,
	printCertificate
}: {
	db: Database;
	space: SpaceRef;
	registrationId: string;
	publicUrl: string;
	/** The certificate page of this link printed to PDF (the app's Chromium printer). */
	printCertificate: (token: string, locale: 'sl' | 'en') => Promise<Uint8Array>;
}): Promise<{ mailed: boolean }> {
	const registrations = createRegistrationsRepository({ db, spaceId: space.id });
	const registration = await registrations.find(registrationId);
	if (!registration?.certificateCode) throw certificateLinkInvalid();
	const token = await registrations.renewToken(registrationId);
	const certificate = await getCertificateByToken({ db, token });
	const participant = (await createEvaluationRepository({ db, spaceId: space.id }).participants(registration.activityId)).find(
		(candidate) => candidate.registrationId === registrationId
	)!;
	if (!participant.email) return { mailed: false };
	const pdf = await printCertificate(token, participant.locale);
	const activity = await createActivitiesRepository({ db, spaceId: space.id }).find(registration.activityId);
	const locale = participant.locale;
	const evaluationOpen = Boolean(activity?.row.evaluationSentAt) && !registration.evaluatedAt;
	await queueMail({
		db,
		message: certificateMail({
			to: participant.email,
			name: participant.name,
			certificate,
			downloadUrl: backOfficeUrl(publicUrl, locale, `/certificates/${token}.pdf`),
			verifyUrl: backOfficeUrl(publicUrl, locale, `/certificates/verify/${certificate.code}`),
			evaluationUrl: evaluationOpen ? backOfficeUrl(publicUrl, locale, `/evaluation/${token}`) : undefined,
			pdf,
			locale
		})
	});
	return { mailed: true };
}
