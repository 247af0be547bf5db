import type { RequestHandler } from './$types';
import { cancelRegistrationByLink, registrationByToken } from '#lib/server/activities/registrations/registrations.offers.ts';
import type { RegistrationRow } from '#lib/server/activities/registrations/registrations.table.ts';
import { getApp } from '#lib/server/app.ts';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';

const shown = (row: RegistrationRow) => ({ id: row.id, status: row.status, offeredUntil: row.offeredUntil?.toISOString() ?? null });

export const GET: RequestHandler = ({ params }) =>
	respondJson(async () => {
		const { db } = await getApp();
		return shown((await registrationByToken({ db, token: params.token })).registration);
	});

export const DELETE: RequestHandler = ({ params, locals }) =>
	respondJson(async () => {
		const { db, config, wakeJobRunner } = await getApp();
		const row = await cancelRegistrationByLink({ db, context: { actor: locals.actor, source: 'api' }, token: params.token, publicUrl: config.publicUrl });
		wakeJobRunner();
		return shown(row);
	});

export const fallback: RequestHandler = methodNotAllowed(['GET', 'DELETE']);
