import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { municipalityByCode } from '../../../reference/municipalities.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import type { Activity } from '../activities.schemas.ts';

/** Where Slovenian activities take place; every time in a feed is written in it. */
export const activityTimeZone = 'Europe/Ljubljana';

/**
 * The VTIMEZONE of a zone. The library files Ljubljana under Europe/Belgrade, whose rules are the
 * same; the block is renamed so that its TZID is the one the events name (RFC 5545, 3.2.19).
 */
function vtimezone(zone: string): string | null {
	const [block] = tzlib_get_ical_block(zone) as [string, string];
	return block ? block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${zone}`) : null;
}

const inLocale = (text: LocalizedText | null | undefined, locale: 'sl' | 'en') => (text ? ((locale === 'en' ? text.en : undefined) ?? text.sl) : '');

/** An activity as a calendar shows it: its sessions, each an event, with the page it links to. */
export type CalendarEntry = { activity: Pick<Activity, 'id' | 'title' | 'description' | 'sessions' | 'cancelled'>; url: string };

/** The text a calendar shows for where a session meets: the address and municipality, or the link. */
export function sessionLocation(session: Activity['sessions'][number]): string {
	if (session.online || !session.place) return session.url ?? '';
	const municipality = municipalityByCode(session.place.municipalityCode)?.name;
	return municipality && !session.place.address.includes(municipality) ? `${session.place.address}, ${municipality}` : session.place.address;
}

/**
 * An iCalendar file (RFC 5545) of activities, every session a VEVENT in Europe/Ljubljana time with
 * the zone's VTIMEZONE. A session keeps its UID when the activity changes, so a subscribed calendar
 * updates it instead of adding it twice; a cancelled activity stays, marked CANCELLED.
 */
export function activitiesIcs({ name, entries, locale, host }: { name: string; entries: CalendarEntry[]; locale: 'sl' | 'en'; host: string }): string {
	const calendar = ical({
		name,
		prodId: { company: 'Sticisce', product: 'Sticisce', language: locale.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		timezone: { name: activityTimeZone, generator: vtimezone }
	});
	for (const { activity, url } of entries) {
		const count = activity.sessions.length;
		activity.sessions.forEach((session, index) => {
			const title = inLocale(activity.title, locale);
			calendar.createEvent({
				id: `${session.id}@${host}`,
				start: new TZDate(new Date(session.startsAt), activityTimeZone),
				end: new TZDate(new Date(session.endsAt), activityTimeZone),
				timezone: activityTimeZone,
				summary: count > 1 ? `${title} (${index + 1}/${count})` : title,
				description: inLocale(activity.description, locale) || undefined,
				location: sessionLocation(session) || undefined,
				url,
				status: activity.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
			});
		});
	}
	return calendar.toString();
}
