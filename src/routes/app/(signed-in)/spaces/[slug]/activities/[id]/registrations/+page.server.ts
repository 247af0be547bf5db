import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { can } from '#lib/server/policy/policy.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { checkinPolicy } from '#lib/server/activities/checkin/checkin.policy.ts';
import { changeRegistrationStatus } from '#lib/server/activities/checkin/after-the-event.usecases.ts';
import { listRegistrations } from '#lib/server/activities/checkin/checkin.usecases.ts';
import { registrationStatuses } from '#lib/server/activities/registrations/registrations.table.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const list = await listRegistrations({ db, actor: locals.actor, space, activityId: params.id }).catch(rethrowForPage);
	const wanted = url.searchParams.get('status') ?? '';
	const status = (registrationStatuses as readonly string[]).includes(wanted) ? wanted : '';
	return {
		space,
		activity: {
			id: list.activity.row.id,
			title: list.activity.row.title,
			sessions: list.activity.sessions.map((session) => ({ id: session.id, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString() }))
		},
		status,
		counts: list.counts,
		total: list.items.length,
		items: list.items
			.filter((item) => !status || item.status === status)
			.map((item) => ({
				id: item.id,
				name: item.name,
				organisation: item.organisation,
				status: item.status,
				source: item.source,
				createdAt: item.createdAt.toISOString(),
				attended: item.attendedSessionIds.length
			})),
		canChange: can(checkinPolicy, locals.actor, 'checkIn', { spaceId: space.id })
	};
};

export const actions: Actions = {
	status: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const changed = await changeRegistrationStatus({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				activityId: params.id,
				input: { registrationId: String(data.get('registrationId') ?? ''), status: String(data.get('status') ?? '') }
			});
			return { changed };
		} catch (cause) {
			return failForm(cause, formValues(data));
		}
	}
};
