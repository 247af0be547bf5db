import { sql, type SQL } from 'drizzle-orm';
import { m } from '../../../paraglide/messages.js';
import { municipalityByCode } from '../../../reference/municipalities.ts';
import { regionByCode } from '../../../reference/regions.ts';
import type { Locale } from '../../../shared/locale.ts';
import type { Database } from '../../db/client.ts';
import type { CsvFlavour } from '../../organisations/import/export.usecases.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { activityNotFound } from '../activities.errors.ts';
import type { RegistrationStatus } from '../registrations/registrations.table.ts';
import { exportStream, type ActivityExportFormat, type Cell, type ExportColumn } from './export-stream.ts';
import { activityExportPeriodInvalid } from './exports.errors.ts';
import { activityExportsPolicy } from './exports.policy.ts';

/** Which attendance: of one activity, of a space's activities in a period, or of every space's (platform admins). */
export type AttendanceScope =
	{ kind: 'activity'; activityId: string } | { kind: 'space'; space: SpaceRef; from: string; to: string } | { kind: 'platform'; from: string; to: string };

/** An activity as the export lists it, in the order its rows come: by its first session, then id. */
type ListedActivity = {
	id: string;
	spaceId: string;
	spaceName: LocalizedText;
	title: LocalizedText;
	days: string[];
	sessions: number;
	/** Its registrations that are not cancelled: the rows it brings. */
	registrations: number;
	/** Its days as written in the file, made once per activity rather than once per row. */
	daysText?: string;
};

/** One registration's row as read from the database (the export writes these a batch at a time). */
export type AttendanceRecord = {
	person: string;
	organisation: string | null;
	registrationNumber: string | null;
	municipalityCode: string | null;
	regionCode: string | null;
	status: RegistrationStatus;
	sessionsAttended: number;
};

/** Rows read per statement: a batch costs the event loop a few milliseconds. */
const defaultBatchSize = 1000;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A period of calendar days (Ljubljana), `from` ≤ `to`, at most ten years: refused otherwise. */
export function checkedPeriod(from: string, to: string): { from: string; to: string } {
	const valid = (value: string) =>
		isoDate.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
	if (!valid(from) || !valid(to) || from > to) throw activityExportPeriodInvalid(from, to);
	if (Date.parse(to) - Date.parse(from) > 3_660 * 86_400_000) throw activityExportPeriodInvalid(from, to);
	return { from, to };
}

const statusWords: Record<RegistrationStatus, (locale: Locale) => string> = {
	registered: (locale) => m.exports_status_registered({}, { locale }),
	waitlisted: (locale) => m.exports_status_waitlisted({}, { locale }),
	offered: (locale) => m.exports_status_offered({}, { locale }),
	cancelled: (locale) => m.exports_status_cancelled({}, { locale }),
	attended: (locale) => m.exports_status_attended({}, { locale }),
	no_show: (locale) => m.exports_status_no_show({}, { locale })
};

const statusWordsMade = new Map<string, string>();
const statusWord = (status: RegistrationStatus, locale: Locale) => {
	const key = `${locale} ${status}`;
	let word = statusWordsMade.get(key);
	if (word === undefined) statusWordsMade.set(key, (word = statusWords[status](locale)));
	return word;
};

const dayFormats: Record<Locale, Intl.DateTimeFormat> = {
	sl: new Intl.DateTimeFormat('sl-SI', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
};

/** A calendar day (`2031-03-03`) as people write it: `3. 3. 2031`, `3 Mar 2031`. */
export const formatDay = (day: string, locale: Locale) => dayFormats[locale].format(new Date(`${day}T00:00:00Z`));

const text = (value: LocalizedText, locale: Locale) => (locale === 'en' && value.en ? value.en : value.sl);

/** The columns of an attendance export, in the request's language; `withSpace` for the export across spaces. */
export function attendanceColumns(locale: Locale, withSpace: boolean): ExportColumn[] {
	return [
		...(withSpace ? [{ heading: m.exports_column_space({}, { locale }), width: 24 }] : []),
		{ heading: m.exports_column_activity({}, { locale }), width: 40 },
		{ heading: m.exports_column_dates({}, { locale }), width: 16 },
		{ heading: m.exports_column_person({}, { locale }), width: 28 },
		{ heading: m.exports_column_organisation({}, { locale }), width: 40 },
		{ heading: m.exports_column_registration_number({}, { locale }), width: 14 },
		{ heading: m.exports_column_municipality({}, { locale }), width: 18 },
		{ heading: m.exports_column_region({}, { locale }), width: 20 },
		{ heading: m.exports_column_status({}, { locale }), width: 14 },
		{ heading: m.exports_column_sessions_attended({}, { locale }), width: 12, numeric: true },
		{ heading: m.exports_column_sessions({}, { locale }), width: 10, numeric: true }
	];
}

/**
 * One registration as a row: only what an attendance list needs (no e-mail, no phone, no answers).
 * Person and organisation names stay as they are; municipality and region by their names.
 */
export function attendanceRow(activity: ListedActivity, record: AttendanceRecord, locale: Locale, withSpace: boolean): Cell[] {
	return [
		...(withSpace ? [text(activity.spaceName, locale)] : []),
		text(activity.title, locale),
		(activity.daysText ??= activity.days.map((day) => formatDay(day, locale)).join(', ')),
		record.person,
		record.organisation,
		record.registrationNumber,
		record.municipalityCode ? (municipalityByCode(record.municipalityCode)?.name ?? record.municipalityCode) : null,
		record.regionCode ? (regionByCode(record.regionCode)?.name ?? record.regionCode) : null,
		statusWord(record.status, locale),
		record.sessionsAttended,
		activity.sessions
	];
}

type Row = Record<string, unknown>;
const rows = async (db: Database, query: SQL) => (await db.execute(query)) as unknown as Row[];

/**
 * The activities of the scope, ordered by their first session. Kept in memory (an id, a title and
 * the days of each: some 300 bytes an activity); their registrations are read a batch at a time.
 * The space's and platform's exports leave cancelled activities out and take an activity when one
 * of its sessions starts in the period (Ljubljana days).
 */
async function listActivities(db: Database, scope: AttendanceScope): Promise<ListedActivity[]> {
	const where =
		scope.kind === 'activity'
			? sql`a.id = ${scope.activityId}`
			: sql`${scope.kind === 'space' ? sql`a.space_id = ${scope.space.id} and ` : sql``}a.cancelled_at is null
				and exists (select 1 from activity_sessions p where p.space_id = a.space_id and p.activity_id = a.id
					and p.starts_at >= (${scope.from}::date)::timestamp at time zone 'Europe/Ljubljana'
					and p.starts_at < (${scope.to}::date + 1)::timestamp at time zone 'Europe/Ljubljana')`;
	const registrationsIn =
		scope.kind === 'activity' ? sql`r.activity_id = ${scope.activityId}` : scope.kind === 'space' ? sql`r.space_id = ${scope.space.id}` : sql`true`;
	const query = sql`select a.id, a.space_id, a.title, sp.name as space_name, count(s.id)::int as sessions, coalesce(max(rc.count), 0)::int as registrations,
			string_agg(distinct to_char(s.starts_at at time zone 'Europe/Ljubljana', 'YYYY-MM-DD'), ',') as days, min(s.starts_at) as first_start
		from activities a
		join spaces sp on sp.id = a.space_id
		left join activity_sessions s on s.space_id = a.space_id and s.activity_id = a.id
		left join (select r.space_id, r.activity_id, count(*) as count from activity_registrations r where ${registrationsIn} and r.status <> 'cancelled'
			group by r.space_id, r.activity_id) rc on rc.space_id = a.space_id and rc.activity_id = a.id
		where ${where}
		group by a.space_id, a.id, sp.name
		order by first_start nulls last, a.id`;
	// one statement over every registration of the scope: its estimated cost makes PostgreSQL compile
	// it (JIT), which took longer than the query itself (2.7 of 10.8 s for 500,000 registrations)
	const found = await db.transaction(async (tx) => {
		await tx.execute(sql`set local jit = off`);
		return rows(tx, query);
	});
	return found.map((row) => ({
		id: String(row.id),
		spaceId: String(row.space_id),
		spaceName: row.space_name as LocalizedText,
		title: row.title as LocalizedText,
		days: row.days ? String(row.days).split(',').sort() : [],
		sessions: Number(row.sessions),
		registrations: Number(row.registrations)
	}));
}

/**
 * The registrations (not cancelled) of the listed activities, in list order and by person's name,
 * a batch at a time by keyset. Each statement reads a window of activities whose registrations
 * make about one batch (at least one activity; a large one is read a batch at a time, continuing
 * after the last row), so every row is read once, no statement sorts more than a batch or one
 * activity, and no transaction stays open while a slow reader downloads.
 */
export async function* attendanceBatches(
	db: Database,
	activities: ListedActivity[],
	batchSize = defaultBatchSize
): AsyncGenerator<{ activity: ListedActivity; record: AttendanceRecord }[]> {
	let start = 0;
	let last: { index: number; person: string; id: string } | undefined;
	while (start < activities.length) {
		let end = start + 1;
		for (let count = activities[start]!.registrations; end < activities.length && count + activities[end]!.registrations <= batchSize; end++)
			count += activities[end]!.registrations;
		const window = activities.slice(start, end);
		const ids = `{${window.map((activity) => activity.id).join(',')}}`;
		const spaceIds = `{${window.map((activity) => activity.spaceId).join(',')}}`;
		const after = last ? sql`and (c.n + ${start - 1}, p.name, r.id) > (${last.index}::bigint, ${last.person}::text, ${last.id}::uuid)` : sql``;
		const found = await rows(
			db,
			sql`select c.n + ${start - 1} as index, r.id, p.name as person, o.name as organisation, o.registration_number, o.municipality_code, o.region_code,
					r.status, (select count(*) from activity_attendances t where t.space_id = r.space_id and t.registration_id = r.id)::int as attended
				from unnest(${ids}::uuid[], ${spaceIds}::uuid[]) with ordinality as c(activity_id, space_id, n)
				join activity_registrations r on r.space_id = c.space_id and r.activity_id = c.activity_id
				join people p on p.id = r.person_id
				left join organisations o on o.id = r.organisation_id
				where r.status <> 'cancelled' ${after}
				order by c.n, p.name, r.id
				limit ${batchSize}`
		);
		if (found.length > 0)
			yield found.map((row) => ({
				activity: activities[Number(row.index)]!,
				record: {
					person: String(row.person),
					organisation: (row.organisation as string | null) ?? null,
					registrationNumber: (row.registration_number as string | null) ?? null,
					municipalityCode: (row.municipality_code as string | null) ?? null,
					regionCode: (row.region_code as string | null) ?? null,
					status: row.status as RegistrationStatus,
					sessionsAttended: Number(row.attended)
				}
			}));
		if (found.length < batchSize) {
			// the window is done: the next one starts after it
			start += window.length;
			last = undefined;
		} else {
			const row = found.at(-1)!;
			last = { index: Number(row.index), person: String(row.person), id: String(row.id) };
			// the activities before the last row's are done: the window moves up to it
			start = last.index;
		}
	}
}

/** The file's name (without extension): the activity's title, the space's slug and period, or the platform's period. */
function baseNameOf(scope: AttendanceScope, activities: ListedActivity[], locale: Locale): string {
	const word = m.exports_file_attendance({}, { locale });
	if (scope.kind === 'activity') return `${word} ${text(activities[0]!.title, locale)}`;
	if (scope.kind === 'space') return `${word} ${scope.space.slug} ${scope.from} ${scope.to}`;
	return `${word} ${scope.from} ${scope.to}`;
}

/**
 * The attendance of the scope as CSV or XLSX, streamed as it is read: authorised (staff of the
 * space; platform admins across spaces) before any byte, so a refusal is a plain error answer.
 */
export async function exportAttendance({
	db,
	actor,
	scope,
	format,
	locale,
	flavour = 'standard',
	batchSize = defaultBatchSize
}: {
	db: Database;
	actor: Actor;
	scope: AttendanceScope;
	format: ActivityExportFormat;
	locale: Locale;
	flavour?: CsvFlavour;
	batchSize?: number;
}): Promise<{ stream: ReadableStream<Uint8Array>; baseName: string }> {
	if (scope.kind === 'space') {
		authorize(activityExportsPolicy, actor, 'export', { spaceId: scope.space.id });
		checkedPeriod(scope.from, scope.to);
	}
	if (scope.kind === 'platform') {
		authorize(activityExportsPolicy, actor, 'exportAllSpaces');
		checkedPeriod(scope.from, scope.to);
	}
	if (scope.kind === 'activity') {
		// the fence let the actor in for some space: the activity's own is checked here
		if (actor.kind === 'anonymous') authorize(activityExportsPolicy, actor, 'export');
		const [row] = await rows(db, sql`select space_id from activities where id = ${scope.activityId}`);
		if (!row) throw activityNotFound(scope.activityId);
		authorize(activityExportsPolicy, actor, 'export', { spaceId: String(row.space_id) });
	}
	const activities = await listActivities(db, scope);
	const withSpace = scope.kind === 'platform';
	async function* batches() {
		for await (const batch of attendanceBatches(db, activities, batchSize))
			yield batch.map(({ activity, record }) => attendanceRow(activity, record, locale, withSpace));
	}
	const table = { sheetName: m.exports_sheet_attendance({}, { locale }), columns: attendanceColumns(locale, withSpace), batches: batches() };
	return { stream: exportStream(table, format, flavour), baseName: baseNameOf(scope, activities, locale) };
}
