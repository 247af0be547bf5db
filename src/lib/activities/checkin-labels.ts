import { m } from '../paraglide/messages.js';

const statusWords: Record<string, () => string> = {
	registered: m.checkin_status_registered,
	waitlisted: m.checkin_status_waitlisted,
	offered: m.checkin_status_offered,
	cancelled: m.checkin_status_cancelled,
	attended: m.checkin_status_attended,
	no_show: m.checkin_status_no_show
};

/** A registration's status in words (`no_show` → "Ni prišel/-a"); undefined for a status without words. */
export const checkinStatusLabel = (status: string): string | undefined => statusWords[status]?.();

/** The count of each status with its Slovenian plural ("3 prijavljene osebe"). */
export const statusCountWords: Record<string, (count: number) => string> = {
	registered: (count) => m.checkin_count_registered({ count }),
	waitlisted: (count) => m.checkin_count_waitlisted({ count }),
	offered: (count) => m.checkin_count_offered({ count }),
	attended: (count) => m.checkin_count_attended({ count }),
	no_show: (count) => m.checkin_count_no_show({ count }),
	cancelled: (count) => m.checkin_count_cancelled({ count })
};
