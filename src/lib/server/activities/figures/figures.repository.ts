import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { ngoLegalForms } from '../../../reference/legal-forms.ts';

/**
 * Which activities and sessions a figure counts: a space's, in a period of calendar days in
 * Ljubljana time, optionally one project's, one activity, some types, or only sessions that have
 * begun (what was held, not what is planned). Cancelled activities never count.
 */
export type FiguresScope = {
	spaceId: string;
	from: string;
	to: string;
	projectId?: string | null;
	activityId?: string | null;
	types?: readonly string[];
	heldOnly?: boolean;
	/** One activity's own page shows what a cancelled activity had; the space's figures never count it. */
	includeCancelled?: boolean;
};

/** The evaluation question a rule asks about: "Did this improve your organisation's work?" */
export const improvedWorkQuestionId = 'improved_work';

/** The sessions in scope, with their activity's type and pillar: every query starts from these. */
function sessionsInScope(scope: FiguresScope): SQL {
	const conditions = [
		sql`s.space_id = ${scope.spaceId}`,
		scope.includeCancelled ? sql`true` : sql`a.cancelled_at is null`,
		// the period's days in Ljubljana time, as bounds on the stored instant so the sessions' index serves it
		sql`s.starts_at >= (${scope.from}::date::timestamp at time zone 'Europe/Ljubljana')`,
		sql`s.starts_at < ((${scope.to}::date + 1)::timestamp at time zone 'Europe/Ljubljana')`
	];
	if (scope.projectId) conditions.push(sql`a.project_id = ${scope.projectId}`);
	if (scope.activityId) conditions.push(sql`a.id = ${scope.activityId}`);
	if (scope.types)
		conditions.push(
			scope.types.length
				? sql`a.type in (${sql.join(
						scope.types.map((type) => sql`${type}`),
						sql`, `
					)})`
				: sql`false`
		);
	if (scope.heldOnly) conditions.push(sql`s.starts_at <= now()`);
	return sql`select s.space_id, s.id, s.activity_id, s.unnamed_attendees, a.type, a.pillar
		from activity_sessions s join activities a on a.space_id = s.space_id and a.id = s.activity_id
		where ${sql.join(conditions, sql` and `)}`;
}

/**
 * The registrations that attended: checked in at a session in scope, or marked `attended` as a
 * whole (a sign-in sheet entered afterwards, a past event loaded) on an activity in scope.
 */
function attendedInScope(scope: FiguresScope): SQL {
	return sql`scoped as (${sessionsInScope(scope)}),
		attended as (
			select r.id, r.person_id, r.organisation_id, r.activity_id from activity_registrations r
			where r.space_id = ${scope.spaceId}
				and r.activity_id in (select activity_id from scoped)
				and (r.status = 'attended' or exists (
					select 1 from activity_attendances t join scoped on scoped.id = t.session_id
					where t.space_id = r.space_id and t.registration_id = r.id))
		)`;
}

const ngoList = sql`(${sql.join(
	ngoLegalForms.map((form) => sql`${form}`),
	sql`, `
)})`;

type Row = Record<string, unknown>;
const rows = async (db: Database, query: SQL) => (await db.execute(query)) as unknown as Row[];
const int = (value: unknown) => Number(value ?? 0);

export type ActivityCounts = { type: string; pillar: string; activities: number; sessions: number; unnamedAttendees: number };

/** Activities and sessions in scope by type and pillar, with the sessions' unnamed headcounts. */
export async function countActivities(db: Database, scope: FiguresScope): Promise<ActivityCounts[]> {
	const found = await rows(
		db,
		sql`with scoped as (${sessionsInScope(scope)})
			select type, pillar, count(distinct activity_id) as activities, count(*) as sessions, coalesce(sum(unnamed_attendees), 0) as unnamed
			from scoped group by type, pillar order by type, pillar`
	);
	return found.map((row) => ({
		type: String(row.type),
		pillar: String(row.pillar),
		activities: int(row.activities),
		sessions: int(row.sessions),
		unnamedAttendees: int(row.unnamed)
	}));
}

export type AttendanceCounts = {
	registrations: number;
	waitlisted: number;
	noShows: number;
	/** Distinct persons who attended at least one session in scope. */
	persons: number;
	/** Distinct organisations those persons represented. */
	organisations: number;
	/** Of those, NGOs by their legal form. */
	ngos: number;
};

/** Registrations of the activities in scope, and who of them attended, from how many organisations and NGOs. */
export async function countAttendance(db: Database, scope: FiguresScope): Promise<AttendanceCounts> {
	const [row] = await rows(
		db,
		sql`with ${attendedInScope(scope)},
			registered as (
				select r.status from activity_registrations r
				where r.space_id = ${scope.spaceId} and r.activity_id in (select activity_id from scoped) and r.status <> 'cancelled'
			)
			select
				(select count(*) from registered where status <> 'waitlisted') as registrations,
				(select count(*) from registered where status = 'waitlisted') as waitlisted,
				(select count(*) from registered where status = 'no_show') as no_shows,
				(select count(distinct person_id) from attended) as persons,
				(select count(distinct organisation_id) from attended) as organisations,
				(select count(distinct attended.organisation_id) from attended join organisations o on o.id = attended.organisation_id
					where o.legal_form in ${ngoList}) as ngos`
	);
	return {
		registrations: int(row?.registrations),
		waitlisted: int(row?.waitlisted),
		noShows: int(row?.no_shows),
		persons: int(row?.persons),
		organisations: int(row?.organisations),
		ngos: int(row?.ngos)
	};
}

export type Breakdown = { key: string | null; organisations: number; persons: number };

/**
 * The attendees' organisations by statistical region and by legal form: organisations counted once,
 * persons once per organisation they represented. `key` null: no region known (or as individuals).
 */
export async function breakdowns(db: Database, scope: FiguresScope): Promise<{ byRegion: Breakdown[]; byLegalForm: Breakdown[] }> {
	const found = await rows(
		db,
		sql`with ${attendedInScope(scope)}
			select grouping(o.region_code) as by_form, o.region_code as region, o.legal_form as form,
				count(distinct attended.organisation_id) as organisations, count(distinct attended.person_id) as persons
			from attended left join organisations o on o.id = attended.organisation_id
			group by grouping sets ((o.region_code), (o.legal_form))`
	);
	const of = (row: Row, key: unknown): Breakdown => ({
		key: key === null || key === undefined ? null : String(key),
		organisations: int(row.organisations),
		persons: int(row.persons)
	});
	// the unknown last, whatever its size: it is what the others do not explain
	const order = (a: Breakdown, b: Breakdown) =>
		Number(a.key === null) - Number(b.key === null) || b.persons - a.persons || (a.key ?? '').localeCompare(b.key ?? '');
	return {
		byRegion: found
			.filter((row) => int(row.by_form) === 0)
			.map((row) => of(row, row.region))
			.sort(order),
		byLegalForm: found
			.filter((row) => int(row.by_form) === 1)
			.map((row) => of(row, row.form))
			.sort(order)
	};
}

export type Satisfaction = {
	responses: number;
	ratings: number;
	/** Average of the 1–5 answers, or null when none was given. */
	averageRating: number | null;
	/** Per yes/no question (by its Slovenian label), how many answered and how many said yes. */
	yesNo: { label: { sl: string; en?: string }; answered: number; yes: number }[];
};

// answers arrive as booleans from forms that send them so, or as words from the API and imports
const yes = sql`(v.value in ('true'::jsonb, '"yes"'::jsonb, '"true"'::jsonb, '"da"'::jsonb))`;
const answered = sql`(v.value in ('true'::jsonb, '"yes"'::jsonb, '"true"'::jsonb, '"da"'::jsonb, 'false'::jsonb, '"no"'::jsonb, '"false"'::jsonb, '"ne"'::jsonb))`;

/** The evaluation of the activities in scope: average rating, and the share of yes to each yes/no question. */
export async function satisfaction(db: Database, scope: FiguresScope): Promise<Satisfaction> {
	const found = await rows(
		db,
		sql`with scoped as (${sessionsInScope(scope)}),
			responses as (
				select e.answers, e.activity_id from activity_evaluation_responses e
				where e.space_id = ${scope.spaceId} and e.activity_id in (select activity_id from scoped)
			),
			given as (
				select q.value as question, x.answers -> (q.value ->> 'id') as value
				from responses x join activities a on a.space_id = ${scope.spaceId} and a.id = x.activity_id
				cross join lateral jsonb_array_elements(a.evaluation_questions) q
				where x.answers ? (q.value ->> 'id')
			)
			select 'rating' as kind, null::jsonb as label, count(*) as answered, avg((v.value #>> '{}')::numeric) as average, 0 as yes
				from given v where v.question ->> 'kind' = 'rating' and (v.value #>> '{}') ~ '^[1-5]$'
			union all
			select 'yes_no', v.question -> 'label', count(*) filter (where ${answered}), null, count(*) filter (where ${yes})
				from given v where v.question ->> 'kind' = 'yes_no' group by v.question -> 'label'
			union all
			select 'responses', null, count(*), null, 0 from responses`
	);
	const rating = found.find((row) => row.kind === 'rating');
	return {
		responses: int(found.find((row) => row.kind === 'responses')?.answered),
		ratings: int(rating?.answered),
		averageRating: rating?.average === null || rating?.average === undefined ? null : Math.round(Number(rating.average) * 10) / 10,
		yesNo: found
			.filter((row) => row.kind === 'yes_no' && int(row.answered) > 0)
			.map((row) => ({ label: row.label as { sl: string; en?: string }, answered: int(row.answered), yes: int(row.yes) }))
			.sort((a, b) => b.answered - a.answered)
	};
}

/**
 * Of the attendees in scope who answered "did it improve your organisation's work?" (the question
 * `improved_work`, else each activity's first yes/no question), the percentage who said yes; null
 * when nobody answered.
 */
export async function improvedWorkShare(db: Database, scope: FiguresScope): Promise<number | null> {
	const [row] = await rows(
		db,
		sql`with scoped as (${sessionsInScope(scope)}),
			asked as (
				select a.id as activity_id, coalesce(
					(select q ->> 'id' from jsonb_array_elements(a.evaluation_questions) q where q ->> 'id' = ${improvedWorkQuestionId}),
					(select q ->> 'id' from jsonb_array_elements(a.evaluation_questions) with ordinality as e(q, n) where q ->> 'kind' = 'yes_no' order by n limit 1)
				) as question
				from activities a where a.space_id = ${scope.spaceId} and a.id in (select activity_id from scoped)
			),
			v as (
				select e.answers -> asked.question as value from activity_evaluation_responses e join asked on asked.activity_id = e.activity_id
				where e.space_id = ${scope.spaceId} and asked.question is not null
			)
			select count(*) filter (where ${answered}) as answered, count(*) filter (where ${yes}) as yes from v`
	);
	const total = int(row?.answered);
	return total ? Math.round((int(row?.yes) / total) * 1000) / 10 : null;
}
