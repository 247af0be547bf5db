import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { violatedForeignKey } from '../../db/errors.ts';
import { personForEmail } from '../../people/people-by-email.usecases.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize, can } from '../../policy/policy.ts';
import { countAttempt } from '../../rate-limit/rate-limit.usecases.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import { activityNotFound, activityOrganiserUnknown } from '../activities.errors.ts';
import { createActivitiesRepository } from '../activities.repository.ts';
import { presentActivity } from '../activities.usecases.ts';
import type { Activity } from '../activities.schemas.ts';
import type { ActivityQuestion } from '../activities.table.ts';
import {
	registrationActivityCancelled,
	registrationAnswerInvalid,
	registrationAnswerMissing,
	registrationClosed,
	registrationOrganisationNotAllowed,
	registrationRefused,
	registrationsRateLimited
} from './registrations.errors.ts';
import { registrationsPolicy } from './registrations.policy.ts';
import { createRegistrationsRepository } from './registrations.repository.ts';
import { bulkRegistrationInputSchema, publicRegistrationInputSchema, type RegistrationListItem, type RegistrationResult } from './registrations.schemas.ts';
import { firstStartOf, loadActivity, mailRegistration, scheduleReminder } from './registrations.shared.ts';
import type { RegistrationRow } from './registrations.table.ts';
import { takePlace } from './registrations.usecases.ts';

/** Whether the activity takes registrations at `now`: not cancelled, before its closing time or its first session. */
export function registrationOpen(activity: Pick<Activity, 'cancelled' | 'registrationClosesAt' | 'sessions'>, now = new Date()): boolean {
	if (activity.cancelled) return false;
	const closes = activity.registrationClosesAt ? new Date(activity.registrationClosesAt) : firstStartOf(activity as Activity);
	return !closes || now < closes;
}

function requireOpen(activity: Activity, now: Date) {
	if (activity.cancelled) throw registrationActivityCancelled(activity.id);
	if (!registrationOpen(activity, now)) throw registrationClosed(activity.id);
}

/** The answers kept: those to the organiser's questions, each of a kind the question takes; required ones present. */
export function checkedAnswers(questions: ActivityQuestion[], answers: Record<string, string> = {}): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const question of questions) {
		const answer = (answers[question.id] ?? '').trim();
		if (!answer) {
			if (question.required) throw registrationAnswerMissing(question.id);
			continue;
		}
		const fits =
			question.kind === 'text' ||
			(question.kind === 'yes_no' && (answer === 'yes' || answer === 'no')) ||
			(question.kind === 'rating' && /^[1-5]$/.test(answer)) ||
			(question.kind === 'choice' && /^\d+$/.test(answer) && Number(answer) < (question.options?.length ?? 0));
		if (!fits) throw registrationAnswerInvalid(question.id);
		kept[question.id] = answer;
	}
	return kept;
}

// a public form that makes the platform mail the address typed in: bounded per client address and
// per address mailed, so it is neither a spam channel nor a way to fill an event with invented people
const hour = 60 * 60;
async function limitRegistrations(db: Database, clientAddress: string, email: string) {
	const attempt = await countAttempt({
		db,
		limits: [
			{ key: `activity-registration:address:${clientAddress}`, max: 20, windowSeconds: hour },
			{ key: `activity-registration:email:${email.toLowerCase()}`, max: 5, windowSeconds: 24 * hour }
		]
	});
	if (!attempt.allowed) throw registrationsRateLimited(attempt.retryAfterMinutes);
}

const auditedRegistration = (row: RegistrationRow) => ({
	personId: row.personId,
	organisationId: row.organisationId,
	status: row.status,
	source: row.source,
	answers: row.answers
});

/** One person takes a place (or a waiting-list spot) and gets the matching mail; someone registered already gets the mail again. */
async function registerOne({
	tx,
	context,
	space,
	activity,
	publicUrl,
	person: typed,
	organisationId,
	answers,
	locale,
	source,
	consent,
	registeredBy,
	now
}: {
	tx: Database;
	context: AuditContext;
	space: SpaceRef;
	activity: Activity;
	publicUrl: string;
	person: { name: string; email: string };
	organisationId: string | null;
	answers: Record<string, string>;
	locale: 'sl' | 'en';
	source: string;
	consent: boolean;
	registeredBy: string | null;
	now: Date;
}): Promise<RegistrationResult> {
	const { person } = await personForEmail({
		db: tx,
		name: typed.name,
		email: typed.email,
		organisationId,
		consent: consent ? { purpose: 'data_processing', granted: true, source: `activity_registration:${source}` } : undefined
	});
	const { row, token, created } = await takePlace({
		db: tx,
		spaceId: space.id,
		registration: { activityId: activity.id, personId: person.id, organisationId, source, locale, answers, registeredBy }
	});
	const repository = createRegistrationsRepository({ db: tx, spaceId: space.id });
	// registered already: the same mail again, with fresh links (only the secret's hash is kept)
	const linkToken = token ?? (await repository.renewToken(row.id));
	const kind = !created
		? row.status === 'waitlisted'
			? 'waitlisted'
			: row.status === 'offered'
				? 'offer'
				: row.status === 'cancelled'
					? 'cancelled'
					: 'already'
		: row.status === 'waitlisted'
			? 'waitlisted'
			: 'confirmation';
	await mailRegistration({ db: tx, row, kind, token: linkToken, publicUrl, activity });
	if (created) {
		if ((await repository.othersActive(activity.id, row.id)) === 0) await scheduleReminder({ db: tx, spaceId: space.id, activity, publicUrl, now });
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.registration_create',
				entityType: 'activity_registration',
				entityId: row.id,
				spaceId: space.id,
				after: auditedRegistration(row)
			}
		});
	}
	return { id: row.id, status: row.status, created };
}

/** Turns an organisation missing from the registry into its error. */
async function naming<T>(organisationId: string | null, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (organisationId && violatedForeignKey(error)?.includes('organisation')) throw activityOrganiserUnknown(organisationId);
		throw error;
	}
}

/**
 * Someone registers for a public activity without an account (the form and the API): the person is
 * found in the registry by e-mail or added, with their consent; they get a place or a spot on the
 * waiting list under the activity's lock, and the mail that says which. Rate-limited; a filled
 * honeypot is refused without storing anything. Audited.
 */
export async function registerForActivity({
	db,
	context,
	space,
	activityId,
	clientAddress,
	publicUrl,
	input,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	clientAddress: string;
	publicUrl: string;
	input: unknown;
	now?: Date;
}): Promise<RegistrationResult> {
	const parsed = publicRegistrationInputSchema.parse(input);
	await limitRegistrations(db, clientAddress, parsed.email);
	if (parsed.website?.trim()) throw registrationRefused();
	const registrant: AuditContext = context.actor.kind === 'anonymous' ? { ...context, person: { label: parsed.name } } : context;
	return changingInSpace({ db, context: registrant, space }, registrationsPolicy, 'register', async (tx) => {
		const activity = await loadActivity(tx, space.id, activityId);
		if (!activity.public) throw activityNotFound(activityId);
		requireOpen(activity, now);
		const answers = checkedAnswers(activity.registrationQuestions as ActivityQuestion[], parsed.answers);
		const organisationId = parsed.organisationId ?? null;
		return naming(organisationId, () =>
			registerOne({
				tx,
				context: registrant,
				space,
				activity,
				publicUrl,
				person: parsed,
				organisationId,
				answers,
				locale: parsed.locale,
				source: context.source === 'api' ? 'api' : 'form',
				consent: true,
				registeredBy: null,
				now
			})
		);
	});
}

/**
 * A member editor registers several people of their organisation at once (staff: of any
 * organisation, or as individuals); each gets their own mail. Audited per registration.
 */
export async function registerPeople({
	db,
	context,
	space,
	activityId,
	publicUrl,
	input,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	publicUrl: string;
	input: unknown;
	now?: Date;
}): Promise<Array<RegistrationResult & { email: string }>> {
	const parsed = bulkRegistrationInputSchema.parse(input);
	const organisationIds = parsed.organisationId ? [parsed.organisationId] : [];
	authorize(registrationsPolicy, context.actor, 'registerOthers', { spaceId: space.id, organisationIds });
	const staff = can(registrationsPolicy, context.actor, 'registerAnyone', { spaceId: space.id });
	if (!staff && !parsed.organisationId) throw registrationOrganisationNotAllowed('');
	const actor = context.actor;
	const isStaffSource = staff;
	return changingInSpace({ db, context, space }, registrationsPolicy, 'registerOthers', async (tx) => {
		const activity = await loadActivity(tx, space.id, activityId);
		requireOpen(activity, now);
		// every address's lock first, in one order, before the activity's: a public registration takes
		// them in that order too, so the two never wait for each other
		const byAddress = [...parsed.people].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
		await naming(parsed.organisationId, async () => {
			for (const person of byAddress) await personForEmail({ db: tx, name: person.name, email: person.email, organisationId: parsed.organisationId });
		});
		const results: Array<RegistrationResult & { email: string }> = [];
		for (const person of parsed.people) {
			const result = await naming(parsed.organisationId, () =>
				registerOne({
					tx,
					context,
					space,
					activity,
					publicUrl,
					person,
					organisationId: parsed.organisationId,
					answers: {},
					locale: parsed.locale,
					source: isStaffSource ? 'staff' : 'member_editor',
					consent: false,
					registeredBy: actor.kind === 'session' || actor.kind === 'token' ? actor.userId : null,
					now
				})
			);
			results.push({ ...result, email: person.email });
		}
		return results;
	});
}

/** One page of an activity's registrations (the space's admins, staff and viewers). */
export async function listRegistrations({
	db,
	actor,
	space,
	activityId,
	page = 1,
	pageSize = 50
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	activityId: string;
	page?: number;
	pageSize?: number;
}): Promise<{ items: RegistrationListItem[]; total: number; page: number; pageSize: number }> {
	authorize(registrationsPolicy, actor, 'list', { spaceId: space.id });
	await loadActivity(db, space.id, activityId);
	const size = Math.min(Math.max(1, Math.trunc(pageSize)), 200);
	const current = Math.max(1, Math.trunc(page));
	const { items, total } = await createRegistrationsRepository({ db, spaceId: space.id }).list(activityId, { limit: size, offset: (current - 1) * size });
	return { items: items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), total, page: current, pageSize: size };
}

/** A public activity by its address, as its registration form needs it: places left and whether it is open. */
export async function activityForRegistration({ db, space, slug, now = new Date() }: { db: Database; space: SpaceRef; slug: string; now?: Date }) {
	const found = await createActivitiesRepository({ db, spaceId: space.id }).findBySlug(slug);
	if (!found || !found.row.public) throw activityNotFound(slug);
	const activity = presentActivity(found);
	const taken = activity.capacity === null ? 0 : await createRegistrationsRepository({ db, spaceId: space.id }).placesTaken(activity.id);
	return {
		activity,
		placesLeft: activity.capacity === null ? null : Math.max(0, activity.capacity - taken),
		registrationOpen: registrationOpen(activity, now)
	};
}
