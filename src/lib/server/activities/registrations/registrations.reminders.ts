import { z } from 'zod';
import { recordAudit } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.usecases.ts';
import { systemActor } from '../../policy/actor.ts';
import { createRegistrationsRepository } from './registrations.repository.ts';
import { firstStartOf, loadActivity, mailRegistration, reminderJobKind } from './registrations.shared.ts';

const reminderPayload = z.object({ spaceId: z.uuid(), activityId: z.uuid(), startsAt: z.iso.datetime({ offset: true }), publicUrl: z.string().min(1) });
const day = 24 * 60 * 60 * 1000;

/**
 * The reminder job, a day before the first session: each registered person not yet reminded gets
 * one mail (remindedAt keeps it to one, whatever runs twice). When the first session moved since
 * the job was scheduled, it schedules itself for the new time instead and sends nothing now.
 */
export async function sendReminders({
	db,
	payload,
	now = new Date()
}: {
	db: Database;
	payload: unknown;
	now?: Date;
}): Promise<{ sent: number; movedTo?: string }> {
	const { spaceId, activityId, startsAt, publicUrl } = reminderPayload.parse(payload);
	return db.transaction(async (tx) => {
		const repository = createRegistrationsRepository({ db: tx, spaceId });
		if (!(await repository.lockActivity(activityId))) return { sent: 0 };
		const activity = await loadActivity(tx, spaceId, activityId);
		const start = firstStartOf(activity);
		if (!start || activity.cancelled || start <= now) return { sent: 0 };
		if (start.getTime() !== Date.parse(startsAt)) {
			const runAt = new Date(Math.max(start.getTime() - day, now.getTime()));
			await enqueueJob({ db: tx, kind: reminderJobKind, runAt, payload: { spaceId, activityId, startsAt: start.toISOString(), publicUrl } });
			return { sent: 0, movedTo: start.toISOString() };
		}
		const reminderTime = new Date(start.getTime() - day);
		// those who registered in the last day just got their confirmation
		const due = await repository.toRemind(activityId, reminderTime);
		for (const row of due) {
			const token = await repository.renewToken(row.id);
			await mailRegistration({ db: tx, row, kind: 'reminder', token, publicUrl, activity });
			await repository.markReminded(row.id, now);
			await recordAudit({
				db: tx,
				context: { actor: systemActor, source: 'system' },
				change: {
					action: 'activity.registration_remind',
					entityType: 'activity_registration',
					entityId: row.id,
					spaceId,
					after: { remindedAt: now.toISOString() }
				}
			});
		}
		return { sent: due.length };
	});
}
