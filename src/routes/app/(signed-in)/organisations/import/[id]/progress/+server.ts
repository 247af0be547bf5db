import { json, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { getImportProgress } from '#lib/server/organisations/import/import-runs.usecases.ts';

/** What the import page polls while an import runs. */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	// a back-office address: people without a browser session are sent to sign in, as on its pages
	if (locals.actor.kind !== 'session') redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname)}`);
	const { db } = await getApp();
	try {
		return json(await getImportProgress({ db, actor: locals.actor, importId: params.id }), { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		return errorToResponse(error);
	}
};
