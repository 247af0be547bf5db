import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { calendarDate } from '../../shared/calendar-date.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { activityNotFound } from '../activities.errors.ts';
import { activitiesPolicy } from '../activities.policy.ts';
import { createActivitiesRepository } from '../activities.repository.ts';
import type { Activity } from '../activities.schemas.ts';
import { presentActivity } from '../activities.usecases.ts';
import { breakdowns, countActivities, countAttendance, satisfaction, type Breakdown, type FiguresScope, type Satisfaction } from './figures.repository.ts';

/** Today's year in Ljubljana: the period a figures page opens with. */
export function currentYear(now = new Date()): { from: string; to: string } {
	const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Ljubljana', year: 'numeric' }).format(now);
	return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The period asked for (dates as people type them, `1. 1. 2019`); either end left out is the current year's. */
export const figuresQuerySchema = z
	.object({
		from: z.preprocess(emptyToUndefined, calendarDate().optional()),
		to: z.preprocess(emptyToUndefined, calendarDate().optional()),
		project: z.preprocess(emptyToUndefined, z.uuid('figures_project_unknown').optional()).meta({ description: "Only this project's activities." })
	})
	.transform(
		(query) =>
			({ ...currentYear(), ...Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) }) as {
				from: string;
				to: string;
				project?: string;
			}
	)
	.refine((query) => query.to >= query.from, { message: 'ends_before_start', path: ['to'] });
export type FiguresQuery = z.output<typeof figuresQuerySchema>;

export type Figures = {
	period: { from: string; to: string };
	projectId: string | null;
	totals: {
		activities: number;
		sessions: number;
		registrations: number;
		waitlisted: number;
		noShows: number;
		/** Distinct persons who attended + the sessions' unnamed headcounts. */
		attendees: number;
		persons: number;
		unnamedAttendees: number;
		organisations: number;
		ngos: number;
	};
	byType: { type: string; activities: number; sessions: number }[];
	byPillar: { pillar: string; activities: number; sessions: number }[];
	byRegion: Breakdown[];
	byLegalForm: Breakdown[];
	satisfaction: Satisfaction;
};

function sumBy<K extends 'type' | 'pillar'>(rows: Awaited<ReturnType<typeof countActivities>>, key: K) {
	const sums = new Map<string, { activities: number; sessions: number }>();
	for (const row of rows) {
		const sum = sums.get(row[key]) ?? { activities: 0, sessions: 0 };
		sum.activities += row.activities;
		sum.sessions += row.sessions;
		sums.set(row[key], sum);
	}
	return [...sums].map(([value, sum]) => ({ [key]: value, ...sum }) as { [P in K]: string } & { activities: number; sessions: number });
}

/** The figures of a scope, in four queries (activities, attendance, breakdowns, evaluation). */
export async function computeFigures(db: Database, scope: FiguresScope): Promise<Figures> {
	const [counts, attendance, split, evaluation] = await Promise.all([
		countActivities(db, scope),
		countAttendance(db, scope),
		breakdowns(db, scope),
		satisfaction(db, scope)
	]);
	const unnamedAttendees = counts.reduce((sum, row) => sum + row.unnamedAttendees, 0);
	// an activity has one type and one pillar, so its rows by the pair add up to the activities
	return {
		period: { from: scope.from, to: scope.to },
		projectId: scope.projectId ?? null,
		totals: {
			activities: counts.reduce((sum, row) => sum + row.activities, 0),
			sessions: counts.reduce((sum, row) => sum + row.sessions, 0),
			registrations: attendance.registrations,
			waitlisted: attendance.waitlisted,
			noShows: attendance.noShows,
			attendees: attendance.persons + unnamedAttendees,
			persons: attendance.persons,
			unnamedAttendees,
			organisations: attendance.organisations,
			ngos: attendance.ngos
		},
		byType: sumBy(counts, 'type').sort((a, b) => b.activities - a.activities || a.type.localeCompare(b.type)),
		byPillar: sumBy(counts, 'pillar').sort((a, b) => b.activities - a.activities || a.pillar.localeCompare(b.pillar)),
		byRegion: split.byRegion,
		byLegalForm: split.byLegalForm,
		satisfaction: evaluation
	};
}

/**
 * A space's figures for a period (by default the current year), optionally one project's: for its
 * admins, staff and viewers, as they count internal activities and people too.
 */
export async function getSpaceFigures({ db, actor, space, query }: { db: Database; actor: Actor; space: SpaceRef; query: unknown }): Promise<Figures> {
	authorize(activitiesPolicy, actor, 'readInternal', { spaceId: space.id });
	const { from, to, project } = figuresQuerySchema.parse(query);
	return computeFigures(db, { spaceId: space.id, from, to, projectId: project ?? null });
}

/** One activity's figures over all its sessions, for the space's admins, staff and viewers. */
export async function getActivityFigures({
	db,
	actor,
	space,
	activityId
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	activityId: string;
}): Promise<{ activity: Activity; figures: Figures }> {
	authorize(activitiesPolicy, actor, 'readInternal', { spaceId: space.id });
	const found = z.uuid().safeParse(activityId).success ? await createActivitiesRepository({ db, spaceId: space.id }).find(activityId) : undefined;
	if (!found) throw activityNotFound(activityId);
	const activity = presentActivity(found);
	const days = activity.sessions.map((session) => session.startsAt.slice(0, 10)).sort();
	// a day either side: the scope's days are Ljubljana's, the stored times UTC
	const from = shiftDay(days[0] ?? '2000-01-01', -1);
	const to = shiftDay(days.at(-1) ?? '2000-01-01', 1);
	return { activity, figures: await computeFigures(db, { spaceId: space.id, from, to, activityId: activity.id, includeCancelled: true }) };
}

function shiftDay(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
