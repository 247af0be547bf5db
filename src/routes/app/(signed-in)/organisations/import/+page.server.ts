import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { maxImportBytes, previewImport } from '#lib/server/organisations/import/import-runs.usecases.ts';
import { organisationsPolicy } from '#lib/server/organisations/organisations.policy.ts';
import { authorize } from '#lib/server/policy/policy.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';

const maxMegabytes = Math.round(maxImportBytes / 1_000_000);

export const load: PageServerLoad = ({ locals }) => {
	try {
		authorize(organisationsPolicy, locals.actor, 'import');
	} catch (error) {
		rethrowForPage(error);
	}
	return { maxMegabytes };
};

/** The upload's problem is always the file's: shown beside the file field. */
const fileProblem = (status: number, code: string, details: Record<string, unknown> = {}) => fail(status, { values: {}, errors: { file: code }, details });

export const actions: Actions = {
	default: async ({ request, locals }) => {
		// refused before the body is read: a file far too large is not worth receiving
		if (Number(request.headers.get('content-length') ?? 0) > maxImportBytes + 64_000) {
			return fileProblem(413, 'import_file_too_large', { maxMegabytes });
		}
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fileProblem(400, 'import_file_missing');
		const { db } = await getApp();
		let importId: string;
		try {
			const content = Buffer.from(await file.arrayBuffer());
			importId = (await previewImport({ db, context: { actor: locals.actor, source: 'form' }, file: { name: file.name, content } })).id;
		} catch (error) {
			if (isAppError(error)) return fileProblem(httpStatusOf(error), error.code, error.details);
			throw error;
		}
		redirect(303, localHref(`/app/organisations/import/${importId}`));
	}
};
