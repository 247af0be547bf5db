import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.usecases.ts';
import { createPeopleRepository } from '../../people/people.repository.ts';
import { systemActor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import type { Activity } from '../activities.schemas.ts';
import { registrationLinkInvalid, registrationNotCancellable, registrationNotOffered, registrationOfferLapsed } from './registrations.errors.ts';
import { registrationsPolicy } from './registrations.policy.ts';
import { findSpaceById } from '../../spaces/space-scope.ts';
import { createRegistrationsRepository, findRegistrationByToken } from './registrations.repository.ts';
import { defaultOfferHours, firstStartOf, loadActivity, mailRegistration, offerLapseJobKind } from './registrations.shared.ts';
import type { RegistrationRow } from './registrations.table.ts';

const system: AuditContext = { actor: systemActor, source: 'system' };
const audited = (row: RegistrationRow) => ({ status: row.status, offeredUntil: row.offeredUntil?.toISOString() ?? null, personId: row.personId });

/**
 * Offers the places that are free to the first on the waiting list, one by one. The caller holds
 * the activity's lock (see lockActivity), so two frees never offer one place twice. Each offer waits
 * `offerHours` (never beyond the start) for its confirmation; a job lets it lapse then.
 */
export async function offerFreePlaces({
	db,
	spaceId,
	activityId,
	publicUrl,
	offerHours = defaultOfferHours,
	now = new Date()
}: {
	db: Database;
	spaceId: string;
	activityId: string;
	publicUrl: string;
	offerHours?: number;
	now?: Date;
}): Promise<RegistrationRow[]> {
	const repository = createRegistrationsRepository({ db, spaceId });
	const activity = await loadActivity(db, spaceId, activityId);
	const start = firstStartOf(activity);
	if (activity.cancelled || activity.capacity === null || (start && start <= now)) return [];
	const offered: RegistrationRow[] = [];
	while ((await repository.placesTaken(activityId)) < activity.capacity) {
		const next = await repository.firstWaiting(activityId);
		if (!next) break;
		const until = new Date(Math.min(now.getTime() + offerHours * 3_600_000, start?.getTime() ?? Infinity));
		const row = await repository.setStatus(next.id, 'offered', { offeredUntil: until });
		// the mail carries the link to accept: a new secret, since only its hash is kept
		const token = await repository.renewToken(row.id);
		await mailRegistration({ db, row, kind: 'offer', token, publicUrl, activity });
		await enqueueJob({ db, kind: offerLapseJobKind, runAt: until, payload: { spaceId, registrationId: row.id, publicUrl } });
		await recordAudit({
			db,
			context: system,
			change: {
				action: 'activity.registration_offer',
				entityType: 'activity_registration',
				entityId: row.id,
				spaceId,
				before: audited(next),
				after: audited(row)
			}
		});
		offered.push(row);
	}
	return offered;
}

/** What the person's link shows: the registration, its activity and space. */
export async function registrationByToken({ db, token }: { db: Database; token: string }) {
	const row = /^[A-Za-z0-9_-]{16,200}$/.test(token) ? await findRegistrationByToken(db, token) : undefined;
	if (!row) throw registrationLinkInvalid();
	const [activity, space, person] = await Promise.all([
		loadActivity(db, row.spaceId, row.activityId),
		findSpaceById(db, row.spaceId),
		createPeopleRepository({ db }).findById(row.personId)
	]);
	return { registration: row, activity, space: space!, personName: person?.name ?? '' };
}

/** Work on the registration a link names, under its activity's lock, with the row as it is now. */
async function underLinkLock<T>(db: Database, token: string, work: (tx: Database, row: RegistrationRow, activity: Activity) => Promise<T>): Promise<T> {
	const found = /^[A-Za-z0-9_-]{16,200}$/.test(token) ? await findRegistrationByToken(db, token) : undefined;
	if (!found) throw registrationLinkInvalid();
	return db.transaction(async (tx) => {
		const repository = createRegistrationsRepository({ db: tx, spaceId: found.spaceId });
		await repository.lockActivity(found.activityId);
		const row = await repository.find(found.id);
		if (!row) throw registrationLinkInvalid();
		return work(tx, row, await loadActivity(tx, row.spaceId, row.activityId));
	});
}

/**
 * The person cancels by their link: the registration is cancelled (mail to confirm) and a place it
 * held goes to the next on the waiting list.
 */
export async function cancelRegistrationByLink({
	db,
	context,
	token,
	publicUrl,
	offerHours
}: {
	db: Database;
	context: AuditContext;
	token: string;
	publicUrl: string;
	offerHours?: number;
}): Promise<RegistrationRow> {
	authorize(registrationsPolicy, context.actor, 'byLink');
	return underLinkLock(db, token, async (tx, row, activity) => {
		if (!['registered', 'waitlisted', 'offered'].includes(row.status)) throw registrationNotCancellable(row.status);
		const repository = createRegistrationsRepository({ db: tx, spaceId: row.spaceId });
		const after = await repository.setStatus(row.id, 'cancelled', { cancelledAt: new Date(), offeredUntil: null });
		await mailRegistration({ db: tx, row: after, kind: 'cancelled', token, publicUrl, activity });
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.registration_cancel',
				entityType: 'activity_registration',
				entityId: row.id,
				spaceId: row.spaceId,
				before: audited(row),
				after: audited(after)
			}
		});
		await offerFreePlaces({ db: tx, spaceId: row.spaceId, activityId: row.activityId, publicUrl, offerHours });
		return after;
	});
}

/** The person accepts the place offered to them, before the offer lapses: registered, with the confirmation mail. */
export async function acceptOfferByLink({
	db,
	context,
	token,
	publicUrl,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	token: string;
	publicUrl: string;
	now?: Date;
}): Promise<RegistrationRow> {
	authorize(registrationsPolicy, context.actor, 'byLink');
	return underLinkLock(db, token, async (tx, row, activity) => {
		if (row.status !== 'offered') throw registrationNotOffered(row.status);
		if (!row.offeredUntil || row.offeredUntil <= now) throw registrationOfferLapsed();
		const repository = createRegistrationsRepository({ db: tx, spaceId: row.spaceId });
		const after = await repository.setStatus(row.id, 'registered', { offeredUntil: null });
		await mailRegistration({ db: tx, row: after, kind: 'confirmation', token, publicUrl, activity });
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'activity.registration_accept',
				entityType: 'activity_registration',
				entityId: row.id,
				spaceId: row.spaceId,
				before: audited(row),
				after: audited(after)
			}
		});
		return after;
	});
}

const lapsePayload = z.object({ spaceId: z.uuid(), registrationId: z.uuid(), publicUrl: z.string().min(1) });

/**
 * The job at an offer's end: if it is still offered and its time is up, it is cancelled and the
 * place is offered to the next. An offer accepted or cancelled meanwhile is left alone.
 */
export async function lapseOffer({ db, payload, now = new Date(), offerHours }: { db: Database; payload: unknown; now?: Date; offerHours?: number }) {
	const { spaceId, registrationId, publicUrl } = lapsePayload.parse(payload);
	return db.transaction(async (tx) => {
		const repository = createRegistrationsRepository({ db: tx, spaceId });
		const found = await repository.find(registrationId);
		if (!found) return { lapsed: false };
		await repository.lockActivity(found.activityId);
		const row = await repository.find(registrationId);
		if (row?.status !== 'offered' || !row.offeredUntil || row.offeredUntil > now) return { lapsed: false };
		const after = await repository.setStatus(row.id, 'cancelled', { cancelledAt: now });
		await recordAudit({
			db: tx,
			context: system,
			change: {
				action: 'activity.registration_lapse',
				entityType: 'activity_registration',
				entityId: row.id,
				spaceId,
				before: audited(row),
				after: audited(after)
			}
		});
		await offerFreePlaces({ db: tx, spaceId, activityId: row.activityId, publicUrl, offerHours, now });
		return { lapsed: true };
	});
}

/** After the capacity was raised (or anything else freed places): offers them to the waiting list, under the lock. */
export async function offerPlacesAfterChange({ db, spaceId, activityId, publicUrl }: { db: Database; spaceId: string; activityId: string; publicUrl: string }) {
	return db.transaction(async (tx) => {
		await createRegistrationsRepository({ db: tx, spaceId }).lockActivity(activityId);
		return offerFreePlaces({ db: tx, spaceId, activityId, publicUrl });
	});
}
