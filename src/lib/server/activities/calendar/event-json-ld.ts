import { TZDate } from '@date-fns/tz';
import { municipalityByCode } from '../../../reference/municipalities.ts';
import { localHref } from '../../../shared/links.ts';
import { localized, type Locale } from '../../../shared/locale.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import type { Session } from '../activities.schemas.ts';
import { activityTimeZone } from './activity-ics.ts';
import type { EventPage } from './calendar.usecases.ts';

/** A moment with Ljubljana's offset of that day (`2031-03-03T09:00:00+01:00`), as schema.org expects. */
export function withOffset(moment: string): string {
	return new TZDate(new Date(moment), activityTimeZone).toISOString().replace('.000', '');
}

const schema = (name: string) => `https://schema.org/${name}`;

function location(session: Session) {
	if (session.online || !session.place) return { '@type': 'VirtualLocation', url: session.url ?? undefined };
	const municipality = municipalityByCode(session.place.municipalityCode)?.name;
	return {
		'@type': 'Place',
		name: municipality ? `${session.place.address}, ${municipality}` : session.place.address,
		address: { '@type': 'PostalAddress', streetAddress: session.place.address, addressLocality: municipality, addressCountry: 'SI' }
	};
}

function attendanceMode(sessions: Session[]): string {
	const online = sessions.filter((session) => session.online).length;
	if (online === 0) return schema('OfflineEventAttendanceMode');
	return online === sessions.length ? schema('OnlineEventAttendanceMode') : schema('MixedEventAttendanceMode');
}

/** schema.org `Event` of an event page: every session a sub-event when there are several. */
export function eventJsonLd({
	page,
	space,
	origin,
	locale
}: {
	page: EventPage;
	space: { slug: string; name: LocalizedText };
	origin: string;
	locale: Locale;
}): Record<string, unknown> {
	const { activity } = page;
	const absolute = (path: string) => new URL(localHref(path, { locale }), origin).href;
	const url = absolute(`/spaces/${space.slug}/activities/${activity.slug}`);
	const name = localized(activity.title, locale).text;
	const sessions = activity.sessions;
	const status = activity.cancelled ? schema('EventCancelled') : schema('EventScheduled');
	const locations = sessions.map(location);
	const unique = [...new Map(locations.map((place) => [JSON.stringify(place), place])).values()];
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		'@id': url,
		url,
		name,
		description: activity.description ? localized(activity.description, locale).text : undefined,
		startDate: sessions[0] ? withOffset(sessions[0].startsAt) : undefined,
		endDate: sessions.length ? withOffset(sessions.reduce((last, session) => (session.endsAt > last ? session.endsAt : last), sessions[0]!.endsAt)) : undefined,
		eventStatus: status,
		eventAttendanceMode: attendanceMode(sessions),
		location: unique.length === 1 ? unique[0] : unique,
		organizer: [
			{ '@type': 'Organization', name: localized(space.name, locale).text, url: absolute(`/spaces/${space.slug}`) },
			...page.organisers.map((organiser) => ({ '@type': 'Organization', name: organiser.name, url: absolute(`/organisations/${organiser.id}`) }))
		],
		inLanguage: activity.language,
		maximumAttendeeCapacity: activity.capacity ?? undefined,
		remainingAttendeeCapacity: page.placesLeft ?? undefined,
		subEvent:
			sessions.length > 1
				? sessions.map((session, index) => ({
						'@type': 'Event',
						name: `${name} (${index + 1}/${sessions.length})`,
						startDate: withOffset(session.startsAt),
						endDate: withOffset(session.endsAt),
						eventStatus: status,
						eventAttendanceMode: session.online ? schema('OnlineEventAttendanceMode') : schema('OfflineEventAttendanceMode'),
						location: location(session)
					}))
				: undefined
	};
}
