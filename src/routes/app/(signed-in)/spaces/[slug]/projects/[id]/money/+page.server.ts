import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { listProjectOrganisations } from '#lib/server/projects/partners/project-organisations.usecases.ts';
import { getProjectMoney, listPublicCalls, setProjectMoney } from '#lib/server/projects/money/money.usecases.ts';
import { formOfMoney, moneyOfForm } from '#lib/server/projects/money/money-form.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const scope = { db, actor: locals.actor, space, projectId: params.id };
	const [money, organisations, calls] = await Promise.all([
		getProjectMoney({ ...scope, action: 'manage' }),
		listProjectOrganisations(scope),
		listPublicCalls({ db, actor: locals.actor })
	]).catch(rethrowForPage);
	return { space, money, organisations, calls, values: formOfMoney(money, getLocale()) };
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			await setProjectMoney({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				projectId: params.id,
				input: moneyOfForm(data),
				locale: getLocale()
			});
			return { saved: true };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	}
};
