import { and, eq, sql } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { createPerson } from '../../people/people.usecases.ts';
import { people } from '../../people/people.table.ts';
import { createIndicator, listIndicators } from '../../projects/indicators/indicators.usecases.ts';
import { projects } from '../../projects/projects.table.ts';
import { findSpace } from '../../spaces/space-scope.ts';
import { createActivity } from '../activities.usecases.ts';
import { activities } from '../activities.table.ts';
import { activityAttendances } from '../checkin/checkin.table.ts';
import { activityEvaluationResponses } from '../evaluation/evaluation.table.ts';
import { takePlace } from '../registrations/registrations.usecases.ts';
import { activityRegistrations } from '../registrations/registrations.table.ts';
import {
	demoEvaluationQuestions,
	demoInformationSocietyDay,
	demoParticipantEmail,
	demoParticipantOrganisations,
	demoParticipants,
	demoProjectIndicators,
	demoProjectSlug,
	demoProjectSpace,
	demoTrainings
} from './demo-project-activities.ts';

/** The registry's organisation of this name, made when the demo registry lacks it. */
async function organisationId(load: DemoLoad, entry: (typeof demoParticipantOrganisations)[number]): Promise<string> {
	const [found] = await load.db
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.sortName, foldText(entry.name)))
		.limit(1);
	if (found) return found.id;
	const input = { name: entry.name, legalForm: entry.legalForm ?? 'association', ...(entry.municipalityCode && { municipalityCode: entry.municipalityCode }) };
	return (await createOrganisation({ db: load.db, context: load.context, input })).id;
}

/** The person with this address, or a new one working in the organisation. */
async function personId(load: DemoLoad, name: string, organisation: string): Promise<string> {
	const email = demoParticipantEmail(name);
	const [found] = await load.db
		.select({ id: people.id })
		.from(people)
		.where(sql`lower(${people.email}) = ${email}`)
		.limit(1);
	if (found) return found.id;
	const input = { name, email, affiliations: [{ organisationId: organisation }] };
	return (await createPerson({ db: load.db, context: load.context, input })).id;
}

/**
 * PRO-NVO-VID's trainings and its information society day (seed 001), held in 2018–2019 with their
 * attendees and evaluations, and the project's indicators computed from them. Idempotent: an
 * activity whose address is taken, or an indicator of the same rule, is left as it is.
 */
export async function loadDemoProjectActivities(load: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	const skipped: string[] = [];
	const { db, context } = load;
	const space = await findSpace(db, demoProjectSpace);
	if (!space) return { created, skipped: [demoProjectSlug] };
	const [project] = await db
		.select({ id: projects.id, startsOn: projects.startsOn, endsOn: projects.endsOn })
		.from(projects)
		.where(and(eq(projects.spaceId, space.id), eq(projects.slug, demoProjectSlug)));
	if (!project) return { created, skipped: [demoProjectSlug] };

	const exists = async (slug: string) =>
		(
			await db
				.select({ id: activities.id })
				.from(activities)
				.where(and(eq(activities.spaceId, space.id), eq(activities.slug, slug)))
		).length > 0;

	let participantIds: { person: string; organisation: string }[] | undefined;
	for (const [index, training] of demoTrainings.entries()) {
		if (await exists(training.slug)) {
			skipped.push(training.slug);
			continue;
		}
		if (!participantIds) {
			const organisationIds: string[] = [];
			for (const entry of demoParticipantOrganisations) organisationIds.push(await organisationId(load, entry));
			participantIds = [];
			for (const [number, name] of demoParticipants.entries()) {
				const organisation = organisationIds[number % organisationIds.length]!;
				participantIds.push({ person: await personId(load, name, organisation), organisation });
			}
		}
		const activity = await createActivity({
			db,
			context,
			space,
			input: {
				slug: training.slug,
				title: training.title,
				type: training.type,
				pillar: 'training',
				projectId: project.id,
				capacity: 20,
				evaluationQuestions: demoEvaluationQuestions,
				sessions: training.sessions.map(({ startsAt, endsAt, address, municipalityCode }) => ({ startsAt, endsAt, place: { address, municipalityCode } }))
			}
		});
		for (const [place, number] of training.participants.entries()) {
			const { person, organisation } = participantIds[number]!;
			const { row } = await takePlace({
				db,
				spaceId: space.id,
				registration: { activityId: activity.id, personId: person, organisationId: organisation, source: 'staff', locale: 'sl', status: 'attended' }
			});
			// the sign-in sheets, entered afterwards: everyone came to every session
			for (const session of activity.sessions) {
				await db
					.insert(activityAttendances)
					.values({ spaceId: space.id, registrationId: row.id, sessionId: session.id, checkedInAt: new Date(session.startsAt), method: 'sheet' })
					.onConflictDoNothing();
			}
			const evaluatedAt = new Date(Date.parse(activity.sessions.at(-1)!.endsAt) + 86_400_000);
			await db.insert(activityEvaluationResponses).values({
				spaceId: space.id,
				activityId: activity.id,
				registrationId: row.id,
				answers: { rating: (place + index) % 3 === 0 ? 4 : 5, improved_work: true },
				submittedAt: evaluatedAt
			});
			await db
				.update(activityRegistrations)
				.set({ evaluatedAt })
				.where(and(eq(activityRegistrations.spaceId, space.id), eq(activityRegistrations.id, row.id)));
		}
		created.push(training.slug);
	}

	const day = demoInformationSocietyDay;
	if (await exists(day.slug)) skipped.push(day.slug);
	else {
		await createActivity({
			db,
			context,
			space,
			input: {
				slug: day.slug,
				title: day.title,
				description: day.description,
				type: 'conference',
				pillar: 'informing',
				projectId: project.id,
				sessions: day.sessions.map(({ startsAt, endsAt, address, municipalityCode, unnamedAttendees }) => ({
					startsAt,
					endsAt,
					place: { address, municipalityCode },
					unnamedAttendees
				}))
			}
		});
		created.push(day.slug);
	}

	const present = new Set((await listIndicators({ db, actor: context.actor, projectId: project.id })).map((indicator) => indicator.ruleId));
	for (const indicator of demoProjectIndicators) {
		if (present.has(indicator.ruleId)) {
			skipped.push(indicator.ruleId);
			continue;
		}
		// one reporting period, the project's own (1. 10. 2018 – 31. 12. 2019)
		const periods = [{ startsOn: project.startsOn ?? '2018-10-01', endsOn: project.endsOn ?? '2019-12-31' }];
		await createIndicator({
			db,
			context,
			projectId: project.id,
			input: { name: indicator.name, unit: indicator.unit, target: indicator.target, measure: 'cumulative', periods, ruleId: indicator.ruleId }
		});
		created.push(indicator.ruleId);
	}
	return { created, skipped };
}
