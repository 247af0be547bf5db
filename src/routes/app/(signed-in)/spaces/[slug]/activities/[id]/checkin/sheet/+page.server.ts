import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { checkinPolicy } from '#lib/server/activities/checkin/checkin.policy.ts';
import { enterSheet } from '#lib/server/activities/checkin/after-the-event.usecases.ts';
import { currentSession } from '#lib/server/activities/checkin/checkin-scope.ts';
import { listRegistrations } from '#lib/server/activities/checkin/checkin.usecases.ts';

const onSheet = new Set(['registered', 'offered', 'attended', 'no_show']);

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(checkinPolicy, locals.actor, 'checkIn', { spaceId: space.id });
	const list = await listRegistrations({ db, actor: locals.actor, space, activityId: params.id }).catch(rethrowForPage);
	const sessions = list.activity.sessions.map((session) => ({
		id: session.id,
		startsAt: session.startsAt.toISOString(),
		endsAt: session.endsAt.toISOString(),
		online: session.online,
		address: session.address
	}));
	const wanted = url.searchParams.get('session');
	const chosen = sessions.find((session) => session.id === wanted) ?? currentSession(list.activity.sessions);
	return {
		space,
		activity: { id: list.activity.row.id, title: list.activity.row.title },
		sessions,
		sessionId: chosen?.id ?? '',
		people: list.items
			.filter((item) => onSheet.has(item.status) || item.attendedSessionIds.length > 0)
			.map((item) => ({ id: item.id, name: item.name, organisation: item.organisation, attendedSessionIds: item.attendedSessionIds }))
	};
};

export const actions: Actions = {
	sheet: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const result = await enterSheet({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				activityId: params.id,
				input: { sessionId: String(data.get('sessionId') ?? ''), present: data.getAll('present').map(String) }
			});
			return { saved: result };
		} catch (cause) {
			return failForm(cause, formValues(data));
		}
	}
};
