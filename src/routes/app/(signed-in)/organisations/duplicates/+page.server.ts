import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { findDuplicates, mergeOrganisations } from '#lib/server/organisations/duplicates/duplicates.usecases.ts';
import { getOrganisation } from '#lib/server/organisations/organisations.usecases.ts';
import { modules } from '#lib/server/modules.ts';
import { organisationReferencesOf } from '#lib/server/manifest/manifest.ts';

const pageSize = 20;

/** One organisation of a merge being confirmed, or nothing when it is gone (merged meanwhile). */
async function organisationOrNothing(id: string | null) {
	if (!id) return null;
	const { db } = await getApp();
	const found = await getOrganisation({ db, id }).catch(() => undefined);
	return found && 'organisation' in found ? found.organisation : null;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getApp();
	const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
	const result = await findDuplicates({ db, actor: locals.actor, query: { page, pageSize } }).catch(rethrowForPage);
	// a merge is confirmed on a page of its own address, so that it works without JavaScript
	const keep = await organisationOrNothing(url.searchParams.get('keep'));
	const merge = await organisationOrNothing(url.searchParams.get('merge'));
	const asked = url.searchParams.has('keep') || url.searchParams.has('merge');
	return { ...result, confirming: keep && merge ? { keep, merge } : null, confirmGone: asked && !(keep && merge) };
};

export const actions: Actions = {
	merge: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const before = await organisationOrNothing(String(data.get('mergeId') ?? ''));
			const { organisation } = await mergeOrganisations({
				db,
				context: { actor: locals.actor, source: 'form' },
				keepId: String(data.get('keepId') ?? ''),
				mergeId: String(data.get('mergeId') ?? ''),
				force: data.get('force') === 'yes',
				references: organisationReferencesOf(modules)
			});
			return { merged: { keep: organisation.name, merge: before?.name ?? '' } };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	}
};
