import { and, asc, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import { m } from '../../paraglide/messages.js';
import { localized } from '../../shared/locale.ts';
import { backOfficeUrl } from '../mail/mail.templates.ts';
import type { DigestItem, DigestSection } from '../manifest/manifest.ts';
import { spaces } from '../spaces/spaces.table.ts';
import { activities, activitySessions } from './activities.table.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { createCalendarRepository } from './calendar/calendar.repository.ts';

/** How far ahead of the digest's end the section looks for events: the next five weeks. */
export const digestLookAheadDays = 35;
/** A section lists at most this many events, the soonest. */
const digestActivityLimit = 20;

const day = 24 * 60 * 60 * 1000;

/** The address and its municipality, as the calendar writes them (`Trg republike 3, Ljubljana`). */
function placeOf(address: string | null, municipalityCode: string | null): string {
	if (!address) return '';
	const municipality = municipalityCode ? municipalityByCode(municipalityCode)?.name : undefined;
	return municipality && !address.includes(municipality) ? `${address}, ${municipality}` : address;
}

/**
 * What is new in a space's calendar for a digest of [since, until): its public, not cancelled
 * activities meeting in the five weeks after `until` that were created or changed since `since`
 * (`updated_at`: every change of an activity by staff sets it, making an internal one public
 * included; registrations do not touch it, so a digest does not repeat an event because people
 * signed up). An event announced weeks ago and unchanged was in an earlier digest and is not
 * repeated. Each with its next session's start, where it meets (or "online") and whether places are
 * free, only a waiting list is left, or registration has closed, as at `until`.
 */
export const activitiesDigestSection: DigestSection = {
	id: 'activities',
	order: 10,
	heading: (locale) => m.digest_activities_heading({}, { locale }),
	async collect({ db, spaceId, recipient, since, until, publicUrl }): Promise<DigestItem[]> {
		const locale = recipient.locale;
		const horizon = new Date(until.getTime() + digestLookAheadDays * day);
		const [space] = await db.select({ slug: spaces.slug }).from(spaces).where(eq(spaces.id, spaceId));
		if (!space) return [];
		// the sessions in the coming weeks of activities new or changed in the period, soonest first
		const upcoming = await db
			.select({
				activityId: activities.id,
				slug: activities.slug,
				title: activities.title,
				capacity: activities.capacity,
				registrationClosesAt: activities.registrationClosesAt,
				startsAt: activitySessions.startsAt,
				online: activitySessions.online,
				address: activitySessions.address,
				municipalityCode: activitySessions.municipalityCode
			})
			.from(activitySessions)
			.innerJoin(activities, and(eq(activities.spaceId, activitySessions.spaceId), eq(activities.id, activitySessions.activityId)))
			.where(
				and(
					eq(activitySessions.spaceId, spaceId),
					eq(activities.public, true),
					isNull(activities.cancelledAt),
					gte(activities.updatedAt, since),
					gte(activitySessions.startsAt, until),
					lt(activitySessions.startsAt, horizon)
				)
			)
			.orderBy(asc(activitySessions.startsAt), asc(activitySessions.id));
		const next = new Map<string, (typeof upcoming)[number]>();
		for (const session of upcoming) if (!next.has(session.activityId)) next.set(session.activityId, session);
		const shown = [...next.values()].slice(0, digestActivityLimit);
		if (shown.length === 0) return [];
		const ids = shown.map((row) => row.activityId);
		const repository = createCalendarRepository({ db });
		const [taken, firstStarts] = await Promise.all([
			repository.placesTaken(ids.map((activityId) => ({ spaceId, activityId }))),
			// registration closes at the first session at the latest, which may be before `until`
			db
				.select({ activityId: activitySessions.activityId, startsAt: activitySessions.startsAt })
				.from(activitySessions)
				.where(and(eq(activitySessions.spaceId, spaceId), inArray(activitySessions.activityId, ids)))
				.orderBy(asc(activitySessions.startsAt))
		]);
		const firstStart = new Map<string, Date>();
		for (const row of firstStarts) if (!firstStart.has(row.activityId)) firstStart.set(row.activityId, row.startsAt);
		return shown.map((row) => {
			const where = row.online ? m.digest_activities_online({}, { locale }) : placeOf(row.address, row.municipalityCode);
			const closesAt = row.registrationClosesAt ?? firstStart.get(row.activityId) ?? row.startsAt;
			const placesLeft = row.capacity === null ? null : Math.max(0, row.capacity - (taken.get(row.activityId) ?? 0));
			const state =
				closesAt.getTime() <= until.getTime()
					? m.digest_activities_closed({}, { locale })
					: placesLeft === null
						? m.digest_activities_open({}, { locale })
						: placesLeft > 0
							? m.digest_activities_places_left({ count: placesLeft }, { locale })
							: m.digest_activities_waiting_list({}, { locale });
			return {
				title: localized(row.title, locale).text,
				url: backOfficeUrl(publicUrl, locale, `/spaces/${space.slug}/activities/${row.slug}`),
				when: row.startsAt.toISOString(),
				detail: [where, state].filter(Boolean).join(' · ')
			};
		});
	}
};
