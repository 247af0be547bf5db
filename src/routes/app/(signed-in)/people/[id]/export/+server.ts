import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { errorToResponse } from '#lib/server/http/api-responses.ts';
import { exportPersonalData } from '#lib/server/people/people.gdpr.ts';
import { modules } from '#lib/server/modules.ts';
import { personReferencesOf } from '#lib/server/manifest/manifest.ts';

/** The "Download personal data" link of the back office: the same export as the API, as a file. */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	// an endpoint has no layout to send the signed-out to the sign-in page: do it here
	if (locals.actor.kind !== 'session') redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname)}`);
	const { db } = await getApp();
	try {
		const exported = await exportPersonalData({ db, context: { actor: locals.actor, source: 'form' }, id: params.id, references: personReferencesOf(modules) });
		return new Response(`${JSON.stringify(exported, null, 2)}\n`, {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="person-${exported.person.id}.json"`,
				'cache-control': 'no-store'
			}
		});
	} catch (error) {
		return errorToResponse(error);
	}
};
