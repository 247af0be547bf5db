import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pickerFieldNames } from '#lib/components/form/organisation-picker.ts';
import { applyRowChange, rowChangeOf } from '#lib/components/ui/repeating-rows.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { activityChoices, activityOfPage, organisationNames, refusedSave } from '#lib/server/activities/activity-pages.ts';
import {
	activityFormSection,
	activityFormSections,
	activityRowCounts,
	activityRowLists,
	activityToFields,
	sectionToChange
} from '#lib/server/activities/activity-form.ts';
import { changeActivity } from '#lib/server/activities/activities.usecases.ts';
import { getApp } from '#lib/server/app.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { pickOrganisation, searchOrganisations } from '#lib/server/people/organisation-picker.ts';
import { isAppError } from '#lib/server/shared/errors.ts';

const picker = pickerFieldNames('organisation');

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const { space, activity } = await activityOfPage(db, locals, params);
	const fields = activityToFields(activity, getLocale());
	return {
		space,
		activity: { id: activity.id, slug: activity.slug, title: activity.title, cancelled: activity.cancelled, public: activity.public },
		section: activityFormSection(url.searchParams.get('section')),
		sections: activityFormSections,
		asking: url.searchParams.get('ask'),
		added: url.searchParams.has('added'),
		fields,
		rows: activityRowCounts(fields),
		organisers: await organisationNames(db, activity.organiserIds),
		...(await activityChoices(db, locals.actor, space))
	};
};

const context = (locals: App.Locals) => ({ actor: locals.actor, source: 'form' as const });

export const actions: Actions = {
	/**
	 * Saves the part the form was sent from, and nothing another part holds. A row's button asks
	 * for the form back with a row more or less, saving nothing (without JavaScript).
	 */
	save: async ({ request, params, locals }) => {
		const { db } = await getApp();
		const { space } = await activityOfPage(db, locals, params);
		const sent = formValues(await request.formData());
		const rows = activityRowCounts(sent);
		// the form comes back showing the part it was sent from
		const section = activityFormSection(sent.section);
		const rowChange = rowChangeOf(sent, activityRowLists);
		if (rowChange) {
			const changed = applyRowChange(sent, rows, rowChange);
			return { values: changed.values, rows: changed.rows, section };
		}
		const { change, problems } = sectionToChange(section, sent);
		if (Object.keys(problems).length > 0) return fail(400, { values: sent, rows, errors: problems, section });
		try {
			await changeActivity({ db, context: context(locals), space, activityId: params.id, input: change });
		} catch (cause) {
			return refusedSave(cause, sent, { rows, section });
		}
		return { saved: section, section };
	},

	addOrganiser: async ({ request, params, locals }) => {
		const { db } = await getApp();
		const { space, activity } = await activityOfPage(db, locals, params);
		const data = await request.formData();
		const sent = formValues(data);
		const typed = String(data.get(picker.query) ?? '');
		// the picker's search button (without JavaScript): the form comes back with the matches to choose from
		if (data.has(picker.search)) return { organiserForm: { values: sent, errors: {} }, candidates: await searchOrganisations({ db, typed }) };
		let organisationId = String(data.get(picker.id) ?? '').trim();
		if (!/^[0-9a-f-]{36}$/i.test(organisationId)) {
			try {
				organisationId = (await pickOrganisation({ db, typed })).id;
			} catch (cause) {
				if (!isAppError(cause)) throw cause;
				return fail(400, {
					organiserForm: { values: sent, errors: { organisation: typed.trim() ? cause.code : 'problem_required' } },
					candidates: await searchOrganisations({ db, typed })
				});
			}
		}
		try {
			await changeActivity({ db, context: context(locals), space, activityId: params.id, input: { organiserIds: [...activity.organiserIds, organisationId] } });
		} catch (cause) {
			const refused = refusedSave(cause, sent);
			return fail(refused.status, { organiserForm: refused.data });
		}
		return { organiserAdded: true };
	},

	removeOrganiser: async ({ request, params, locals }) => {
		const { db } = await getApp();
		const { space, activity } = await activityOfPage(db, locals, params);
		const removed = String((await request.formData()).get('organisationId') ?? '');
		await changeActivity({
			db,
			context: context(locals),
			space,
			activityId: params.id,
			input: { organiserIds: activity.organiserIds.filter((id) => id !== removed) }
		});
		return { organiserRemoved: true };
	},

	cancel: async ({ params, locals }) => {
		const { db } = await getApp();
		const { space } = await activityOfPage(db, locals, params);
		await changeActivity({ db, context: context(locals), space, activityId: params.id, input: { cancelled: true } });
		return { cancelledNow: true };
	},

	restore: async ({ params, locals }) => {
		const { db } = await getApp();
		const { space } = await activityOfPage(db, locals, params);
		await changeActivity({ db, context: context(locals), space, activityId: params.id, input: { cancelled: false } });
		return { restoredNow: true };
	}
};
