import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { addField, deleteField, listFieldsForAdmin, moveField, renameField } from '#lib/server/fields/fields.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getApp();
	const fields = await listFieldsForAdmin({ db, actor: locals.actor }).catch(rethrowForPage);
	// a deletion is confirmed on a page of its own address, so that it works without JavaScript
	const deleting = fields.find((field) => field.code === url.searchParams.get('delete'));
	return { fields, deleting: deleting ?? null };
};

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const nameOf = (data: FormData) => ({ sl: text(data, 'name.sl'), ...(text(data, 'name.en') ? { en: text(data, 'name.en') } : {}) });

// the page shows a failure beside the form it came from: the new field or one field's row
const failed = (error: unknown, data: FormData, intent: 'add' | 'rename' | 'move' | 'delete') => failForm(error, { ...formValues(data), intent });

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const field = await addField({ db, context: { actor: locals.actor, source: 'form' }, input: { code: text(data, 'code'), name: nameOf(data) } });
			return { added: field.name };
		} catch (error) {
			return failed(error, data, 'add');
		}
	},

	rename: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const field = await renameField({ db, context: { actor: locals.actor, source: 'form' }, input: { code: text(data, 'code'), name: nameOf(data) } });
			return { renamed: field.name };
		} catch (error) {
			return failed(error, data, 'rename');
		}
	},

	move: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			await moveField({
				db,
				context: { actor: locals.actor, source: 'form' },
				input: { code: text(data, 'code'), direction: text(data, 'direction') as 'up' | 'down' }
			});
			return { moved: text(data, 'code') };
		} catch (error) {
			return failed(error, data, 'move');
		}
	},

	delete: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const field = await deleteField({ db, context: { actor: locals.actor, source: 'form' }, code: text(data, 'code') });
			return { deleted: field.name };
		} catch (error) {
			return failed(error, data, 'delete');
		}
	}
};
