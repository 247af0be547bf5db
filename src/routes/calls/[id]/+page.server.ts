import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { getCall } from '#lib/server/calls/calls.usecases.ts';
import { createFieldsRepository } from '#lib/server/fields/fields.repository.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { localHref } from '#lib/shared/links.ts';

// public pages: what anyone may read, whoever asks (a token's scopes are the API's business)
export const load: PageServerLoad = async ({ params, url }) => {
	const { db } = await getApp();
	const call = await getCall({ db, actor: anonymous, callId: params.id }).catch(rethrowForPage);
	const fields = (await createFieldsRepository({ db }).list()).map((field) => ({ code: field.code, name: field.name }));
	return { call, fields, atomUrl: new URL(localHref('/calls/feed.xml'), url.origin).href, icsUrl: new URL('/calls.ics', url.origin).href };
};
