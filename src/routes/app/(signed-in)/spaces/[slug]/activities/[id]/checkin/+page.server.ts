import type { Action, Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { pickOrganisation, searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { isUuid } from '#lib/server/shared/uuid.ts';
import { markNoShows } from '#lib/server/activities/checkin/after-the-event.usecases.ts';
import { addWalkIn, checkIn, getRoster, listRegistrations, undoCheckIn } from '#lib/server/activities/checkin/checkin.usecases.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const wanted = url.searchParams.get('session') ?? '';
	const roster = await getRoster({ db, actor: locals.actor, space, activityId: params.id, sessionId: isUuid(wanted) ? wanted : undefined }).catch(
		rethrowForPage
	);
	const list = await listRegistrations({ db, actor: locals.actor, space, activityId: params.id });
	const lastEnd = roster.sessions.reduce((latest, session) => (session.endsAt > latest ? session.endsAt : latest), '');
	return {
		space,
		activity: { id: list.activity.row.id, title: list.activity.row.title },
		roster,
		q: url.searchParams.get('q')?.trim() ?? '',
		ended: list.ended,
		lastEnd,
		registeredWithoutCheckIn: list.items.filter((item) => item.status === 'registered' && item.attendedSessionIds.length === 0).length
	};
};

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const contextOf = (locals: App.Locals) => ({ actor: locals.actor, source: 'form' as const });

/** A check-in for the chosen session, by whatever the form names the person with (a tap, a code). */
const checkInBy =
	(intent: string, personOf: (data: FormData) => Record<string, unknown>): Action =>
	async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const input = { sessionId: text(data, 'sessionId'), ...personOf(data) };
			const result = await checkIn({ db, context: contextOf(locals), space: spaceOf(locals, params.slug), activityId: params.id, input });
			return { checkedIn: result };
		} catch (cause) {
			return failForm(cause, { ...formValues(data), intent });
		}
	};

export const actions: Actions = {
	// a tap on "Present" in the list
	checkin: checkInBy('checkin', (data) => ({ registrationId: text(data, 'registrationId'), method: 'tap' })),
	// the code from the mail, typed (or scanned by a phone that sends it this way)
	code: checkInBy('code', (data) => ({ code: text(data, 'code'), method: data.get('scanned') ? 'scan' : 'code' })),

	undo: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			await undoCheckIn({
				db,
				context: contextOf(locals),
				space: spaceOf(locals, params.slug),
				activityId: params.id,
				input: { sessionId: text(data, 'sessionId'), registrationId: text(data, 'registrationId') }
			});
			return { undone: text(data, 'name') };
		} catch (cause) {
			return failForm(cause, { ...formValues(data), intent: 'undo' });
		}
	},

	walkIn: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const values = { ...formValues(data), intent: 'walkIn' };
		const typed = text(data, 'organisation');
		// the picker's search button without JavaScript: the matches to choose from
		if (data.get('organisation_search')) return { values, candidates: await searchOrganisations({ db, typed }) };
		try {
			let organisationId: string | null = text(data, 'organisationId') || null;
			if (!organisationId && typed) organisationId = (await pickOrganisation({ db, typed })).id;
			const result = await addWalkIn({
				db,
				context: contextOf(locals),
				space: spaceOf(locals, params.slug),
				activityId: params.id,
				input: { sessionId: text(data, 'sessionId'), name: text(data, 'name'), email: text(data, 'email'), organisationId }
			});
			return { walkIn: result };
		} catch (cause) {
			return failForm(cause, values);
		}
	},

	noShows: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			return { noShows: await markNoShows({ db, context: contextOf(locals), space: spaceOf(locals, params.slug), activityId: params.id }) };
		} catch (cause) {
			return failForm(cause, { ...formValues(data), intent: 'noShows' });
		}
	}
};
