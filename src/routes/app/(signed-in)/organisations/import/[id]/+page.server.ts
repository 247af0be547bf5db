import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { ourColumns } from '#lib/server/organisations/import/file-format.ts';
import { getImport, queueImport, remapImport } from '#lib/server/organisations/import/import-runs.usecases.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const view = await getImport({ db, actor: locals.actor, importId: params.id }).catch(rethrowForPage);
	return { import: view, ourColumns: [...ourColumns] };
};

const failed = (error: unknown, values: Record<string, string>) => {
	if (isAppError(error)) return fail(httpStatusOf(error), { values, errors: { form: error.code }, details: error.details ?? {} });
	throw error;
};

export const actions: Actions = {
	remap: async ({ request, params, locals }) => {
		const data = await request.formData();
		const mapping: Record<string, string> = {};
		for (const column of ourColumns) {
			const fileColumn = String(data.get(column) ?? '');
			if (fileColumn) mapping[column] = fileColumn;
		}
		const { db } = await getApp();
		try {
			await remapImport({ db, context: { actor: locals.actor, source: 'form' }, importId: params.id, mapping });
		} catch (error) {
			return failed(error, mapping);
		}
		return { remapped: true };
	},

	start: async ({ request, params, locals }) => {
		// all or nothing unless the person chose to leave the rejected rows out
		const mode = String((await request.formData()).get('mode') ?? 'all');
		const skipRejected = mode === 'good_rows';
		const { db } = await getApp();
		try {
			// a moment's delay: the progress page this redirects to renders before the import holds the database
			await queueImport({ db, context: { actor: locals.actor, source: 'form' }, importId: params.id, skipRejected, startAfterMs: 1500 });
		} catch (error) {
			return failed(error, { mode });
		}
		redirect(303, localHref(`/app/organisations/import/${params.id}`));
	}
};
