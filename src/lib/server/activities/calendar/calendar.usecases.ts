import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import type { Database } from '../../db/client.ts';
import { municipalities, municipalityByCode, regionOfMunicipality } from '../../../reference/municipalities.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { localHref } from '../../../shared/links.ts';
import type { Actor } from '../../policy/actor.ts';
import { can } from '../../policy/policy.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { activityNotFound } from '../activities.errors.ts';
import { activitiesPolicy } from '../activities.policy.ts';
import { createActivitiesRepository } from '../activities.repository.ts';
import type { Activity } from '../activities.schemas.ts';
import { builtInActivityTypes } from '../activities.table.ts';
import { presentActivity } from '../activities.usecases.ts';
import { activitiesIcs, activityTimeZone, type CalendarEntry } from './activity-ics.ts';
import { calendarFilterOf, type CalendarFilter } from './calendar.schemas.ts';
import { createCalendarRepository, type CalendarSessionRow } from './calendar.repository.ts';

/** A page of the list holds this many sessions; a month at most `monthLimit` (more is said on the page). */
export const listPageSize = 50;
export const monthLimit = 1000;
/** A feed holds at most this many activities: the soonest. */
export const feedLimit = 500;
/** Feeds go back this far, so that a subscribed calendar keeps the recent past. */
const feedPastDays = 30;

type Locale = 'sl' | 'en';

/** The calendar date (`2031-03-03`) of a moment in Ljubljana. */
// made once: a formatter costs far more to make than to use
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: activityTimeZone });
export const ljubljanaDay = (moment: Date) => dayFormat.format(moment);

/** Midnight in Ljubljana at the start of a calendar date (`2031-03-03`). */
export function ljubljanaMidnight(isoDate: string): Date {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return new Date(new TZDate(year, month - 1, day, activityTimeZone).getTime());
}

const addDays = (isoDate: string, days: number) => {
	const date = new Date(`${isoDate}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
};

/** `2031-03` and n months on (or back). */
export function shiftMonth(month: string, by: number): string {
	const [year, number] = month.split('-').map(Number) as [number, number];
	const index = year * 12 + (number - 1) + by;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const municipalitiesOfRegion = (regionCode: string) =>
	municipalities.filter((municipality) => regionOfMunicipality(municipality.code) === regionCode).map((municipality) => municipality.code);

/** One session as the calendar lists it. */
export type CalendarItem = {
	sessionId: string;
	startsAt: string;
	endsAt: string;
	/** The session's day in Ljubljana (`2031-03-03`), by which the list and the grid group. */
	day: string;
	online: boolean;
	place: { address: string; municipality: string | null } | null;
	activity: { slug: string; title: LocalizedText; type: string; cancelled: boolean; capacity: number | null; placesLeft: number | null };
	space: { slug: string; name: LocalizedText };
};

export type TypeOption = { code: string; name: LocalizedText | null };

export type CalendarView = {
	filter: CalendarFilter;
	/** Fields of the query string that did not parse and were left out. */
	invalid: string[];
	items: CalendarItem[];
	/** The list: the `after` of the next page, when there is one. */
	next: string | null;
	/** The month view: the month shown with its neighbours; and whether it held more than it shows. */
	month: { key: string; previous: string; next: string } | null;
	truncated: boolean;
	types: TypeOption[];
	spaces: Array<{ slug: string; name: LocalizedText }>;
};

function item(row: CalendarSessionRow, taken: Map<string, number>): CalendarItem {
	const municipality = row.municipalityCode ? (municipalityByCode(row.municipalityCode)?.name ?? null) : null;
	return {
		sessionId: row.sessionId,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		day: ljubljanaDay(row.startsAt),
		online: row.online,
		place: row.online || !row.address ? null : { address: row.address, municipality },
		activity: {
			slug: row.activitySlug,
			title: row.title,
			type: row.type,
			cancelled: row.cancelled,
			capacity: row.capacity,
			placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - (taken.get(row.activityId) ?? 0))
		},
		space: { slug: row.spaceSlug, name: row.spaceName }
	};
}

/** The built-in types and those the spaces added (each code once), for the filter and for labels. */
async function typeOptions(repository: ReturnType<typeof createCalendarRepository>, spaceId?: string): Promise<TypeOption[]> {
	const custom = new Map<string, LocalizedText>();
	for (const row of await repository.customTypes(spaceId)) if (!custom.has(row.code)) custom.set(row.code, row.name);
	return [
		...builtInActivityTypes.map((code) => ({ code, name: null })),
		...[...custom].filter(([code]) => !(builtInActivityTypes as readonly string[]).includes(code)).map(([code, name]) => ({ code, name }))
	];
}

/**
 * The public calendar, of the platform or of one space: public activities' sessions, upcoming from
 * today unless the filters say otherwise, as a page of the list or as a month. Cancelled activities
 * show only while upcoming (marked so), internal ones never.
 */
export async function listCalendar({
	db,
	params,
	space,
	now = new Date()
}: {
	db: Database;
	params: URLSearchParams;
	space?: SpaceRef;
	now?: Date;
}): Promise<CalendarView> {
	const repository = createCalendarRepository({ db });
	const { filter, invalid } = calendarFilterOf(params);
	const [spaces, types] = await Promise.all([space ? Promise.resolve([]) : repository.publicSpaces(), typeOptions(repository, space?.id)]);
	let spaceId = space?.id;
	if (!space && filter.space) {
		spaceId = spaces.find((candidate) => candidate.slug === filter.space)?.id;
		// a space that is not on the site has nothing to show
		if (!spaceId) spaceId = '00000000-0000-0000-0000-000000000000';
	}
	const common = {
		spaceId,
		type: filter.type,
		municipalityCodes: filter.region ? municipalitiesOfRegion(filter.region) : undefined,
		onlineOnly: filter.online,
		now
	};
	const today = ljubljanaDay(now);
	let rows: CalendarSessionRow[];
	let next: string | null = null;
	let month: CalendarView['month'] = null;
	let truncated = false;
	if (filter.view === 'month') {
		const key = filter.month ?? (filter.from ?? today).slice(0, 7);
		rows = await repository.sessions({
			...common,
			from: ljubljanaMidnight(`${key}-01`),
			until: ljubljanaMidnight(`${shiftMonth(key, 1)}-01`),
			limit: monthLimit + 1
		});
		truncated = rows.length > monthLimit;
		rows = rows.slice(0, monthLimit);
		month = { key, previous: shiftMonth(key, -1), next: shiftMonth(key, 1) };
	} else {
		const [afterStart, afterId] = filter.after?.split('_') ?? [];
		const after = afterStart && afterId && !Number.isNaN(Date.parse(afterStart)) ? { startsAt: new Date(afterStart), id: afterId } : undefined;
		rows = await repository.sessions({
			...common,
			from: ljubljanaMidnight(filter.from ?? today),
			until: filter.to ? ljubljanaMidnight(addDays(filter.to, 1)) : undefined,
			after,
			limit: listPageSize + 1
		});
		if (rows.length > listPageSize) {
			rows = rows.slice(0, listPageSize);
			const last = rows.at(-1)!;
			next = `${last.startsAt.toISOString()}_${last.sessionId}`;
		}
	}
	const taken = await repository.placesTaken(rows.filter((row) => row.capacity !== null));
	return {
		filter,
		invalid,
		items: rows.map((row) => item(row, taken)),
		next,
		month,
		truncated,
		types,
		spaces: spaces.map(({ slug, name }) => ({ slug, name }))
	};
}

/** An event's public page: the activity with what the page names beside it. */
export type EventPage = {
	activity: Activity;
	typeName: LocalizedText | null;
	organisers: Array<{ id: string; name: string }>;
	project: { slug: string; title: LocalizedText; acronym: string | null } | null;
	placesLeft: number | null;
	waiting: number;
	registrationOpen: boolean;
	/** Registration closes then (the set time, else the first session's start). */
	registrationClosesAt: string | null;
	/** Whether the viewer sees it as staff (an internal activity). */
	internal: boolean;
};

/**
 * The page of one activity by its address. An internal one exists only for the space's staff;
 * for anyone else it is not found (not forbidden), so its existence is not given away.
 */
export async function getEventPage({
	db,
	actor,
	space,
	slug,
	now = new Date()
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	slug: string;
	now?: Date;
}): Promise<EventPage> {
	const found = await createActivitiesRepository({ db, spaceId: space.id }).findBySlug(slug);
	if (!found || (!found.row.public && !can(activitiesPolicy, actor, 'readInternal', { spaceId: space.id }))) throw activityNotFound(slug);
	const activity = presentActivity(found);
	const repository = createCalendarRepository({ db });
	const [taken, waiting, organisers, project, types] = await Promise.all([
		repository.placesTaken([{ spaceId: space.id, activityId: activity.id }]),
		repository.waiting(space.id, activity.id),
		repository.organisationNames(activity.organiserIds),
		activity.projectId ? repository.project(space.id, activity.projectId) : Promise.resolve(undefined),
		repository.customTypes(space.id)
	]);
	const placesLeft = activity.capacity === null ? null : Math.max(0, activity.capacity - (taken.get(activity.id) ?? 0));
	const closesAt = activity.registrationClosesAt ?? activity.sessions[0]?.startsAt ?? null;
	return {
		activity,
		typeName: types.find((type) => type.code === activity.type)?.name ?? null,
		organisers,
		project: project ?? null,
		placesLeft,
		waiting,
		registrationOpen: activity.public && !activity.cancelled && closesAt !== null && Date.parse(closesAt) > now.getTime(),
		registrationClosesAt: closesAt,
		internal: !activity.public
	};
}

/** An iCalendar file with its validators, for a conditional GET. */
export type Feed = { body: string; etag: string; lastModified: Date | null };

const feedOf = (body: string, lastModified: Date | null): Feed => ({
	body,
	etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
	lastModified
});

const eventAddress = (origin: string, spaceSlug: string, activitySlug: string, locale: Locale) =>
	new URL(localHref(`/spaces/${spaceSlug}/activities/${activitySlug}`, { locale }), origin).href;

/**
 * The feed of the platform (no space) or of one space: public activities with a session from 30 days
 * ago on, at most `feedLimit`, soonest first; cancelled ones stay, marked, so subscribed calendars
 * drop them.
 */
export async function calendarFeed({
	db,
	space,
	name,
	origin,
	locale,
	now = new Date()
}: {
	db: Database;
	space?: SpaceRef;
	name: string;
	origin: string;
	locale: Locale;
	now?: Date;
}): Promise<Feed> {
	const repository = createCalendarRepository({ db });
	const chosen = await repository.feedActivityIds({ from: ljubljanaMidnight(addDays(ljubljanaDay(now), -feedPastDays)), spaceId: space?.id, limit: feedLimit });
	const { rows, sessions } = await repository.activitiesWithSessions(chosen.map((activity) => activity.id));
	const rowById = new Map(rows.map((row) => [row.id, row]));
	const entries: CalendarEntry[] = chosen.map((chosenOne) => ({
		activity: presentActivity({
			row: rowById.get(chosenOne.id)!,
			sessions: sessions.filter((session) => session.activityId === chosenOne.id),
			organiserIds: []
		}),
		url: eventAddress(origin, chosenOne.spaceSlug, chosenOne.slug, locale)
	}));
	const lastModified = chosen.reduce<Date | null>((latest, activity) => (!latest || activity.updatedAt > latest ? activity.updatedAt : latest), null);
	return feedOf(activitiesIcs({ name, entries, locale, host: new URL(origin).host }), lastModified);
}

/** The feed of one event (its sessions), for "Add to calendar"; the same visibility as its page. */
export async function eventFeed({
	db,
	actor,
	space,
	slug,
	origin,
	locale
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	slug: string;
	origin: string;
	locale: Locale;
}): Promise<Feed> {
	const found = await createActivitiesRepository({ db, spaceId: space.id }).findBySlug(slug);
	if (!found || (!found.row.public && !can(activitiesPolicy, actor, 'readInternal', { spaceId: space.id }))) throw activityNotFound(slug);
	const activity = presentActivity(found);
	const title = locale === 'en' ? (activity.title.en ?? activity.title.sl) : activity.title.sl;
	const body = activitiesIcs({ name: title, entries: [{ activity, url: eventAddress(origin, space.slug, slug, locale) }], locale, host: new URL(origin).host });
	return feedOf(body, found.row.updatedAt);
}
