import type { Actions, PageServerLoad } from './$types';
import { readSort } from '#lib/components/ui/sort.ts';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { addMembership, changeMembership, findOrganisationsToAdd, listMembers, removeMembership } from '#lib/server/memberships/memberships.usecases.ts';
import { decideApplication, listApplications } from '#lib/server/memberships/applications/applications.usecases.ts';
import { getOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { isUuid } from '#lib/server/shared/uuid.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const filter = Object.fromEntries(['status', 'region', 'legalForm', 'q', 'page'].map((key) => [key, url.searchParams.get(key) ?? undefined]));
	// a long list, sorted by the server page by page
	const sort = readSort(url.searchParams, ['name'], { key: 'name', dir: 'asc' });
	const list = await listMembers({ db, actor: locals.actor, space: spaceForPage(locals, params.slug), query: filter, action: 'manage', order: sort.dir }).catch(
		rethrowForPage
	);
	const find = url.searchParams.get('find')?.trim() ?? '';
	const candidates = find ? await findOrganisationsToAdd({ db, actor: locals.actor, space: spaceForPage(locals, params.slug), text: find }) : [];
	// a removal is confirmed on a page of its own address, so that it works without JavaScript
	const removeId = url.searchParams.get('remove') ?? '';
	const removing = isUuid(removeId) ? await getOrganisation({ db, id: removeId }).catch(() => undefined) : undefined;
	return {
		...list,
		applications: await listApplications({ db, actor: locals.actor, space: spaceForPage(locals, params.slug) }),
		filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) as Record<string, string>,
		sort,
		find,
		candidates,
		removing: removing && 'organisation' in removing ? { id: removing.organisation.id, name: removing.organisation.name } : null
	};
};

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const membershipOf = (data: FormData) => ({
	status: text(data, 'status'),
	since: text(data, 'since') || null,
	until: text(data, 'until') || null
});

// the page shows a failure beside the form it came from: the organisation to add or a member's row
const failed = (cause: unknown, data: FormData, intent: 'add' | 'change' | 'remove' | 'decide') => failForm(cause, { ...formValues(data), intent });

/** Staff answer an application; the applicant gets the answer by mail. */
const decide =
	(decision: 'accept' | 'decline'): Actions[string] =>
	async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db, config, wakeJobRunner } = await getApp();
		try {
			const { mailed } = await decideApplication({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				publicUrl: config.publicUrl,
				organisationId: text(data, 'organisationId'),
				decision
			});
			wakeJobRunner();
			return { decided: decision, name: text(data, 'name'), mailed };
		} catch (cause) {
			return failed(cause, data, 'decide');
		}
	};

export const actions: Actions = {
	accept: decide('accept'),
	decline: decide('decline'),

	add: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const organisationId = text(data, 'organisationId');
		try {
			await addMembership({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				organisationId,
				input: membershipOf(data)
			});
		} catch (cause) {
			return failed(cause, data, 'add');
		}
		return { added: text(data, 'name') };
	},

	change: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const organisationId = text(data, 'organisationId');
		try {
			await changeMembership({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				organisationId,
				input: membershipOf(data)
			});
		} catch (cause) {
			return failed(cause, data, 'change');
		}
		return { changed: text(data, 'name') };
	},

	remove: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			await removeMembership({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				organisationId: text(data, 'organisationId')
			});
		} catch (cause) {
			return failed(cause, data, 'remove');
		}
		return { removed: text(data, 'name') };
	}
};
