import type { Database } from '../../db/client.ts';
import type { JobHandlers } from '../../jobs/jobs.usecases.ts';
import { lapseOffer } from './registrations.offers.ts';
import { sendReminders } from './registrations.reminders.ts';
import { offerLapseJobKind, reminderJobKind } from './registrations.shared.ts';

/** The registrations' scheduled work: offers that lapse, reminders the day before. */
export function registrationJobHandlers(db: Database): JobHandlers {
	return {
		[offerLapseJobKind]: (payload) => lapseOffer({ db, payload }),
		[reminderJobKind]: (payload) => sendReminders({ db, payload })
	};
}
