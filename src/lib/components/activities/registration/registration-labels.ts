import { m } from '../../../paraglide/messages.js';
import { formatDateTime } from '../../../shared/format.ts';
import type { Locale } from '../../../shared/locale.ts';

const statusWords: Record<string, () => string> = {
	registered: m.registration_status_registered,
	waitlisted: m.registration_status_waitlisted,
	offered: m.registration_status_offered,
	cancelled: m.registration_status_cancelled,
	attended: m.registration_status_attended,
	no_show: m.registration_status_no_show
};

/** A registration's status in words. */
export const statusLabel = (status: string) => statusWords[status]?.() ?? status;

/** A session as one line: when, and where (the address, or "online"). */
export function sessionText(
	session: { startsAt: string; endsAt: string; online: boolean; url: string | null; place: { address: string } | null },
	locale: Locale
): string {
	const end = formatDateTime(session.endsAt, locale).split(', ').at(-1);
	const where = session.online ? (session.url ?? '') : (session.place?.address ?? '');
	return `${formatDateTime(session.startsAt, locale)}–${end}${where ? `, ${where}` : ''}`;
}
