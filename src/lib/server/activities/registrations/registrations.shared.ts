import type { Locale } from '../../../shared/locale.ts';
import type { Database } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.usecases.ts';
import { queueMail } from '../../mail/mail.usecases.ts';
import { createPeopleRepository } from '../../people/people.repository.ts';
import { activityNotFound } from '../activities.errors.ts';
import { createActivitiesRepository } from '../activities.repository.ts';
import type { Activity } from '../activities.schemas.ts';
import { presentActivity } from '../activities.usecases.ts';
import { registrationMail, type RegistrationMailKind } from './registrations.mail.ts';
import { findSpaceById } from '../../spaces/space-scope.ts';
import type { RegistrationRow } from './registrations.table.ts';

export const offerLapseJobKind = 'activities.registration_offer_lapse';
export const reminderJobKind = 'activities.registration_reminder';

/** How long an offered place waits for its confirmation, unless the event starts sooner. */
export const defaultOfferHours = 48;

export const localeOf = (row: Pick<RegistrationRow, 'locale'>): Locale => (row.locale === 'en' ? 'en' : 'sl');

/** When the first session starts (registration closes then at the latest). */
export const firstStartOf = (activity: Activity): Date | undefined =>
	activity.sessions.length ? new Date(Math.min(...activity.sessions.map((session) => Date.parse(session.startsAt)))) : undefined;

export async function loadActivity(db: Database, spaceId: string, activityId: string): Promise<Activity> {
	const found = await createActivitiesRepository({ db, spaceId }).find(activityId);
	if (!found) throw activityNotFound(activityId);
	return presentActivity(found);
}

/** Queues a mail about a registration to its person, in the language they registered in. */
export async function mailRegistration({
	db,
	row,
	kind,
	token,
	publicUrl,
	activity
}: {
	db: Database;
	row: RegistrationRow;
	kind: RegistrationMailKind;
	token: string;
	publicUrl: string;
	activity?: Activity;
}): Promise<boolean> {
	const person = await createPeopleRepository({ db }).findById(row.personId);
	const space = await findSpaceById(db, row.spaceId);
	if (!person?.email || person.erasedAt || !space) return false;
	const shown = activity ?? (await loadActivity(db, row.spaceId, row.activityId));
	const message = await registrationMail(
		kind,
		{ to: person.email, name: person.name, locale: localeOf(row), activity: shown, space, publicUrl, token },
		{ checkInCode: row.checkInCode, offeredUntil: row.offeredUntil }
	);
	await queueMail({ db, message });
	return true;
}

/**
 * The reminder of an activity, a day before its first session: enqueued when its first registration
 * comes (the handler moves itself when the time moved). None when that day has come already.
 */
export async function scheduleReminder({
	db,
	spaceId,
	activity,
	publicUrl,
	now = new Date()
}: {
	db: Database;
	spaceId: string;
	activity: Activity;
	publicUrl: string;
	now?: Date;
}) {
	const start = firstStartOf(activity);
	if (!start) return;
	const runAt = new Date(start.getTime() - 24 * 60 * 60 * 1000);
	if (runAt <= now) return;
	await enqueueJob({ db, kind: reminderJobKind, runAt, payload: { spaceId, activityId: activity.id, startsAt: start.toISOString(), publicUrl } });
}
