import { error } from '@sveltejs/kit';
import { ZodError } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { pickerFieldNames } from '#lib/components/form/organisation-picker.ts';
import { projectOrganisationRoles, type ProjectOrganisationRole } from '#lib/projects/project-organisation-roles.ts';
import { getApp } from '#lib/server/app.ts';
import type { Database } from '#lib/server/db/client.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { projectsPolicy } from '#lib/server/projects/projects.policy.ts';
import { pickOrganisation, searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { projectOrganisationExists } from '#lib/server/projects/partners/project-organisations.errors.ts';
import {
	listProjectOrganisations,
	removeProjectOrganisation,
	setProjectOrganisationRoles
} from '#lib/server/projects/partners/project-organisations.usecases.ts';
import { listProjects } from '#lib/server/projects/projects.usecases.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { isUuid } from '#lib/server/shared/uuid.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

const picker = pickerFieldNames('organisation');

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	// refused before anything is looked up: a project's existence is no one else's business
	authorizePage(projectsPolicy, locals.actor, 'manage', { spaceId: space.id });
	const [projects, organisations] = await Promise.all([
		listProjects({ db, actor: locals.actor, space, action: 'manage' }),
		listProjectOrganisations({ db, actor: locals.actor, space, projectId: params.id })
	]).catch(rethrowForPage);
	const project = projects.find((candidate) => candidate.id === params.id);
	if (!project) error(404);
	return { space, project, organisations };
};

const rolesOf = (data: FormData) => data.getAll('roles').filter((role): role is ProjectOrganisationRole => projectOrganisationRoles.includes(role as never));

/** The form as sent, for showing it again: the ticked roles as one comma-separated value, and which form it was. */
const sentValues = (data: FormData, intent: string, omit: string[] = []) => ({
	...formValues(data, ['roles', ...omit]),
	roles: rolesOf(data).join(','),
	intent
});

/**
 * The organisation the add form names: chosen as you type or among the search results (its id),
 * else a registration number or exact name typed. Undefined, with the problem, when none or
 * several match.
 */
async function chosenOrganisation(db: Database, data: FormData): Promise<{ id?: string; problem?: string }> {
	const picked = String(data.get(picker.id) ?? '').trim();
	if (isUuid(picked)) return { id: picked };
	try {
		return { id: (await pickOrganisation({ db, typed: String(data.get(picker.query) ?? '') })).id };
	} catch (cause) {
		if (isAppError(cause)) return { problem: String(data.get(picker.query) ?? '').trim() ? cause.code : 'problem_required' };
		throw cause;
	}
}

const candidatesFor = (db: Database, data: FormData) => searchOrganisations({ db, typed: String(data.get(picker.query) ?? '') });

export const actions: Actions = {
	add: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		// the picker's search button (without JavaScript): the form comes back with the matches to choose from
		if (data.has(picker.search)) return { values: sentValues(data, 'add', [picker.search, picker.id]), errors: {}, candidates: await candidatesFor(db, data) };
		const roles = rolesOf(data);
		const organisation = await chosenOrganisation(db, data);
		try {
			const issues = [
				...(organisation.problem ? [{ code: 'custom' as const, path: ['organisation'], message: organisation.problem, input: '' }] : []),
				...(roles.length === 0 ? [{ code: 'custom' as const, path: ['roles'], message: 'roles_missing', input: [] }] : [])
			];
			if (issues.length) throw new ZodError(issues);
			const space = spaceOf(locals, params.slug);
			const held = (await listProjectOrganisations({ db, actor: locals.actor, space, projectId: params.id }))
				.filter((row) => row.organisation.id === organisation.id)
				.map((row) => row.role);
			if (roles.every((role) => held.includes(role))) throw projectOrganisationExists(organisation.id!, roles[0]!);
			const added = await setProjectOrganisationRoles({
				db,
				context: { actor: locals.actor, source: 'form' },
				space,
				projectId: params.id,
				organisationId: organisation.id!,
				input: { roles: [...new Set([...held, ...roles])] }
			});
			return { added: added[0]?.organisation.name ?? '' };
		} catch (cause) {
			const failure = failForm(cause, sentValues(data, 'add'));
			const errors: Record<string, string> = failure.data.errors;
			// a refusal about the organisation belongs beside the picker
			if (errors.form && /organisation/.test(errors.form)) failure.data.errors = { organisation: errors.form };
			if ((failure.data.errors as Record<string, string>).organisation) Object.assign(failure.data, { candidates: await candidatesFor(db, data) });
			return failure;
		}
	},

	roles: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const organisationId = String(data.get('organisationId') ?? '');
		try {
			const roles = rolesOf(data);
			if (roles.length === 0) throw new ZodError([{ code: 'custom', path: ['roles'], message: 'roles_missing', input: [] }]);
			await setProjectOrganisationRoles({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				projectId: params.id,
				organisationId,
				input: { roles }
			});
			return { changed: organisationId };
		} catch (cause) {
			return failForm(cause, sentValues(data, `roles:${organisationId}`));
		}
	},

	remove: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const organisationId = String(data.get('organisationId') ?? '');
		try {
			await removeProjectOrganisation({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				projectId: params.id,
				organisationId
			});
			return { removed: String(data.get('organisationName') ?? '') };
		} catch (cause) {
			return failForm(cause, sentValues(data, `remove:${organisationId}`));
		}
	}
};
