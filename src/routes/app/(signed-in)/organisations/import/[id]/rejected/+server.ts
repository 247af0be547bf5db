import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { rejectedRowsFile } from '#lib/server/organisations/import/rejected-rows.ts';
import { describeRowProblems } from '#lib/organisations/import/import-labels.ts';
import { m } from '#lib/paraglide/messages.js';

/** The rejected rows of an import as a file to fix: the uploaded columns and one with what is wrong. */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	// a back-office address: people without a browser session are sent to sign in, as on its pages
	if (locals.actor.kind !== 'session') redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname)}`);
	const { db } = await getApp();
	try {
		const file = await rejectedRowsFile({
			db,
			actor: locals.actor,
			importId: params.id,
			errorColumn: m.import_rejected_error_column(),
			describe: describeRowProblems
		});
		return new Response(new Uint8Array(file.body), {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (error) {
		return errorToResponse(error);
	}
};
