import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { importCalls, previewCallsImport } from '#lib/server/calls/calls.import.ts';
import { maxCallsImportBytes } from '#lib/server/calls/calls.module.ts';
import { callsPolicy } from '#lib/server/calls/calls.policy.ts';
import { authorizePage } from '#lib/server/http/page-errors.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { localHref } from '#lib/shared/links.ts';

export const load: PageServerLoad = ({ locals }) => {
	authorizePage(callsPolicy, locals.actor, 'manage');
	return { maxBytes: maxCallsImportBytes };
};

/** The file sent: uploaded now, or carried from the preview (as base64) to the import. */
async function fileOf(data: FormData): Promise<{ name: string; content: Buffer } | undefined> {
	const upload = data.get('file');
	if (upload instanceof File && upload.size > 0) return { name: upload.name, content: Buffer.from(await upload.arrayBuffer()) };
	const carried = String(data.get('content') ?? '');
	if (carried) return { name: String(data.get('name') ?? 'razpisi.csv'), content: Buffer.from(carried, 'base64') };
	return undefined;
}

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		const data = await request.formData();
		const file = await fileOf(data);
		if (!file) return fail(400, { errors: { file: 'problem_required' } });
		if (file.content.length > maxCallsImportBytes) return fail(400, { errors: { file: 'import_file_too_large' } });
		const { db } = await getApp();
		try {
			const preview = await previewCallsImport({ db, actor: locals.actor, file });
			return { preview, name: file.name, content: file.content.toString('base64') };
		} catch (cause) {
			if (isAppError(cause)) return fail(400, { errors: { file: cause.code }, details: cause.details });
			throw cause;
		}
	},

	import: async ({ request, locals }) => {
		const data = await request.formData();
		const file = await fileOf(data);
		if (!file) return fail(400, { errors: { file: 'problem_required' } });
		const { db } = await getApp();
		let count: number;
		try {
			count = (await importCalls({ db, context: { actor: locals.actor, source: 'form' }, file })).length;
		} catch (cause) {
			if (isAppError(cause)) return fail(400, { errors: { file: cause.code }, details: cause.details });
			throw cause;
		}
		redirect(303, `${localHref('/app/calls')}?imported=${count}`);
	}
};
