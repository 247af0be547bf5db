import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { violatedForeignKey } from '../db/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';
import { foldText } from '../../reference/fold-text.ts';
import { activityNotFound, activityOrganiserUnknown, activityProjectUnknown, activitySessionUnknown, activityTypeUnknown } from './activities.errors.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { createActivitiesRepository, type ActivityRecord, type SessionValues } from './activities.repository.ts';
import {
	activityChangeSchema,
	activityInputSchema,
	activityListQuerySchema,
	activityTypeInputSchema,
	type Activity,
	type ActivityType,
	type SessionInput
} from './activities.schemas.ts';
import { localMoment } from './local-time.ts';
import { builtInTypeName } from './activity-type-names.ts';
import { builtInActivityTypes, type ActivityQuestion } from './activities.table.ts';

export function presentActivity({ row, sessions, organiserIds }: ActivityRecord): Activity {
	return {
		id: row.id,
		spaceId: row.spaceId,
		slug: row.slug,
		title: row.title,
		description: row.description,
		type: row.type,
		pillar: row.pillar,
		projectId: row.projectId,
		capacity: row.capacity,
		public: row.public,
		language: row.language,
		certificateMinPercent: row.certificateMinPercent,
		registrationClosesAt: row.registrationClosesAt?.toISOString() ?? null,
		organiserIds,
		registrationQuestions: row.registrationQuestions,
		evaluationQuestions: row.evaluationQuestions,
		evaluationAnonymous: row.evaluationAnonymous,
		cancelled: row.cancelledAt !== null,
		sessions: sessions.map((session) => ({
			id: session.id,
			startsAt: session.startsAt.toISOString(),
			endsAt: session.endsAt.toISOString(),
			online: session.online,
			url: session.url,
			place: session.address && session.municipalityCode ? { address: session.address, municipalityCode: session.municipalityCode } : null,
			unnamedAttendees: session.unnamedAttendees
		}))
	};
}

const sessionValues = (session: SessionInput): SessionValues => ({
	id: session.id,
	startsAt: new Date(session.startsAt),
	endsAt: new Date(session.endsAt),
	online: session.online ?? false,
	url: session.online ? (session.url ?? null) : null,
	address: session.online ? null : (session.place?.address ?? null),
	municipalityCode: session.online ? null : (session.place?.municipalityCode ?? null),
	unnamedAttendees: session.unnamedAttendees ?? 0
});

/** Questions keep the ids they were given; new ones get the next free `q<n>`, so stored answers stay attached. */
function withQuestionIds(questions: Array<Omit<ActivityQuestion, 'id'> & { id?: string }>): ActivityQuestion[] {
	const taken = new Set(questions.flatMap((question) => (question.id ? [question.id] : [])));
	let next = 1;
	return questions.map((question) => {
		if (question.id) return question as ActivityQuestion;
		while (taken.has(`q${next}`)) next++;
		taken.add(`q${next}`);
		return { ...question, id: `q${next}` };
	});
}

/** An address made from the Slovenian title (`Dan vključujoče …` → `dan-vkljucujoce-…`), numbered when taken. */
async function freeSlug(repository: ReturnType<typeof createActivitiesRepository>, title: string): Promise<string> {
	const base = foldText(title).replace(/ /g, '-').slice(0, 70).replace(/-+$/, '') || 'dogodek';
	for (let number = 1; ; number++) {
		const slug = number === 1 ? base : `${base}-${number}`;
		if (!(await repository.slugTaken(slug))) return slug;
	}
}

async function requireKnownType(repository: ReturnType<typeof createActivitiesRepository>, type: string): Promise<void> {
	if ((builtInActivityTypes as readonly string[]).includes(type)) return;
	if (!(await repository.customTypes()).some((custom) => custom.code === type)) throw activityTypeUnknown(type);
}

/** Turns a broken foreign key (a project of another space, an organisation not in the registry) into its error. */
async function namingUnknowns<T>(input: { projectId?: string | null; organiserIds?: string[] }, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		const constraint = violatedForeignKey(error);
		if (constraint?.includes('project') && input.projectId) throw activityProjectUnknown(input.projectId);
		if (constraint?.includes('organisation')) throw activityOrganiserUnknown(input.organiserIds?.join(', ') ?? '');
		throw error;
	}
}

/** Adds an activity with its sessions to a space (its admins and staff), audited. */
export async function createActivity({
	db,
	context,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	input: unknown;
}): Promise<Activity> {
	return changingInSpace({ db, context, space }, activitiesPolicy, 'manage', async (tx) => {
		const parsed = activityInputSchema.parse(input);
		const repository = createActivitiesRepository({ db: tx, spaceId: space.id });
		await requireKnownType(repository, parsed.type);
		const activity = await namingUnknowns(parsed, async () => {
			const row = await repository.insert({
				slug: parsed.slug ?? (await freeSlug(repository, parsed.title.sl)),
				title: parsed.title,
				description: parsed.description ?? null,
				type: parsed.type,
				pillar: parsed.pillar,
				projectId: parsed.projectId ?? null,
				capacity: parsed.capacity ?? null,
				public: parsed.public,
				language: parsed.language,
				certificateMinPercent: parsed.certificateMinPercent ?? null,
				registrationClosesAt: parsed.registrationClosesAt ? new Date(parsed.registrationClosesAt) : null,
				registrationQuestions: withQuestionIds(parsed.registrationQuestions ?? []),
				evaluationQuestions: withQuestionIds(parsed.evaluationQuestions ?? []),
				evaluationAnonymous: parsed.evaluationAnonymous ?? false
			});
			await repository.replaceSessions(
				row.id,
				parsed.sessions.map((session) => sessionValues({ ...session, id: undefined }))
			);
			await repository.replaceOrganisers(row.id, [...new Set(parsed.organiserIds ?? [])]);
			return presentActivity((await repository.find(row.id))!);
		});
		await recordAudit({
			db: tx,
			context,
			change: { action: 'activity.create', entityType: 'activity', entityId: activity.id, spaceId: space.id, after: activity }
		});
		return activity;
	});
}

/** Changes the fields sent; a sent `sessions` is the whole new list (sessions named by id keep their check-ins). */
export async function changeActivity({
	db,
	context,
	space,
	activityId,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	activityId: string;
	input: unknown;
}): Promise<Activity> {
	return changingInSpace({ db, context, space }, activitiesPolicy, 'manage', async (tx) => {
		const change = activityChangeSchema.parse(input);
		const repository = createActivitiesRepository({ db: tx, spaceId: space.id });
		const found = await repository.find(activityId);
		if (!found) throw activityNotFound(activityId);
		const before = presentActivity(found);
		if (change.type !== undefined) await requireKnownType(repository, change.type);
		const { sessions, organiserIds, cancelled, registrationQuestions, evaluationQuestions, registrationClosesAt, ...fields } = change;
		const after = await namingUnknowns(change, async () => {
			await repository.update(activityId, {
				...fields,
				...(registrationQuestions && { registrationQuestions: withQuestionIds(registrationQuestions) }),
				...(evaluationQuestions && { evaluationQuestions: withQuestionIds(evaluationQuestions) }),
				...(registrationClosesAt !== undefined && { registrationClosesAt: registrationClosesAt ? new Date(registrationClosesAt) : null }),
				...(cancelled !== undefined && { cancelledAt: cancelled ? (found.row.cancelledAt ?? new Date()) : null })
			});
			if (sessions) {
				const known = new Set(found.sessions.map((session) => session.id));
				const unknown = sessions.find((session) => session.id && !known.has(session.id));
				if (unknown?.id) throw activitySessionUnknown(unknown.id);
				await repository.replaceSessions(activityId, sessions.map(sessionValues));
			}
			if (organiserIds) await repository.replaceOrganisers(activityId, [...new Set(organiserIds)]);
			return presentActivity((await repository.find(activityId))!);
		});
		await recordAudit({
			db: tx,
			context,
			change: { action: 'activity.change', entityType: 'activity', entityId: activityId, spaceId: space.id, before, after }
		});
		return after;
	});
}

/** One activity of a space; an internal one only for its staff. */
export async function getActivity({ db, actor, space, activityId }: { db: Database; actor: Actor; space: SpaceRef; activityId: string }): Promise<Activity> {
	const found = await createActivitiesRepository({ db, spaceId: space.id }).find(activityId);
	if (!found) throw activityNotFound(activityId);
	authorize(activitiesPolicy, actor, found.row.public ? 'read' : 'readInternal', { spaceId: space.id });
	return presentActivity(found);
}

/**
 * The activities of a space, in order of their first session, narrowed by the query (`from`/`to`
 * are days in Ljubljana a session must touch). Internal ones only for the space's admins, staff and viewers.
 */
export async function listActivities({ db, actor, space, query = {} }: { db: Database; actor: Actor; space: SpaceRef; query?: unknown }): Promise<Activity[]> {
	authorize(activitiesPolicy, actor, 'read', { spaceId: space.id });
	const { from, to, type, pillar, projectId } = activityListQuerySchema.parse(query);
	const records = await createActivitiesRepository({ db, spaceId: space.id }).list({
		from: from ? localMoment(from) : undefined,
		// up to the end of that day: the next day's midnight
		to: to ? localMoment(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) : undefined,
		type,
		pillar,
		projectId,
		internal: can(activitiesPolicy, actor, 'readInternal', { spaceId: space.id })
	});
	return records.map(presentActivity);
}

/** The types an activity of the space can have: the built-in ones, then the space's own. */
export async function listActivityTypes({ db, space }: { db: Database; space: SpaceRef }): Promise<ActivityType[]> {
	const custom = await createActivitiesRepository({ db, spaceId: space.id }).customTypes();
	return [
		...builtInActivityTypes.map((code) => ({ code, name: builtInTypeName(code), builtIn: true })),
		...custom.map((row) => ({ code: row.code, name: row.name, builtIn: false }))
	];
}

/** Adds a type of activity of the space's own (e.g. "poletna šola"), audited. */
export async function addActivityType({
	db,
	context,
	space,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	input: unknown;
}): Promise<ActivityType> {
	return changingInSpace({ db, context, space }, activitiesPolicy, 'manage', async (tx) => {
		const parsed = activityTypeInputSchema.parse(input);
		const row = await createActivitiesRepository({ db: tx, spaceId: space.id }).addType(parsed.code, parsed.name);
		const added = { code: row.code, name: row.name, builtIn: false };
		await recordAudit({
			db: tx,
			context,
			change: { action: 'activity_type.create', entityType: 'activity_type', entityId: row.code, spaceId: space.id, after: added }
		});
		return added;
	});
}
