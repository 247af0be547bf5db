import { error, fail } from '@sveltejs/kit';
import { inArray } from 'drizzle-orm';
import { ZodError } from 'zod';
import type { Database } from '../db/client.ts';
import { failForm } from '../http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '../http/page-errors.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { Actor } from '../policy/actor.ts';
import { listProjects } from '../projects/projects.usecases.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { problemOfIssue } from '../../shared/form-problems.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { getActivity, listActivityTypes } from './activities.usecases.ts';
import { fieldOfIssue } from './activity-form.ts';

/** The space of a back-office page of activities, for those who keep them (others are refused before anything is looked up). */
export function activitiesSpaceOfPage(locals: App.Locals, slug: string): SpaceRef {
	const space = spaceForPage(locals, slug);
	authorizePage(activitiesPolicy, locals.actor, 'manage', { spaceId: space.id });
	return space;
}

/** The activity of this space the address names; another space's is not found here. */
export async function activityOfPage(db: Database, locals: App.Locals, params: { slug: string; id: string }) {
	const space = activitiesSpaceOfPage(locals, params.slug);
	if (!/^[0-9a-f-]{36}$/i.test(params.id)) error(404, 'Not found');
	const activity = await getActivity({ db, actor: locals.actor, space, activityId: params.id }).catch(rethrowForPage);
	return { space, activity };
}

/** What the form's choices need: the types (built-in and the space's), the space's projects. */
export async function activityChoices(db: Database, actor: Actor, space: SpaceRef) {
	const [types, projects] = await Promise.all([listActivityTypes({ db, space }), listProjects({ db, actor, space, action: 'manage' }).catch(() => [])]);
	return { types, projects: projects.map(({ id, title }) => ({ id, title })) };
}

/** The names of organisations by id, for the list of co-organisers. */
export async function organisationNames(db: Database, ids: string[]) {
	if (ids.length === 0) return [];
	return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
}

/**
 * A refused save, as the form shows it: the mistakes found in the form, then the use case's
 * (a zod issue beside its field, a domain error for the whole form).
 */
export function refusedSave(cause: unknown, sent: Record<string, string>, extra: Record<string, unknown> = {}) {
	if (cause instanceof ZodError) {
		const errors: Record<string, string> = {};
		for (const issue of cause.issues) errors[fieldOfIssue(issue.path)] ??= problemOfIssue(issue);
		return fail(400, { values: sent, errors, ...extra });
	}
	const failure = failForm(cause, sent);
	return fail(failure.status, { ...failure.data, ...extra });
}
