import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { getSiteInfoForEditing, updateSiteInfo } from '#lib/server/settings/site-info.usecases.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getApp();
	return { site: await getSiteInfoForEditing({ db, actor: locals.actor }).catch(rethrowForPage) };
};

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const bilingual = (data: FormData, name: string) => ({ sl: text(data, `${name}.sl`), en: text(data, `${name}.en`) });

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const input = {
			operator: { sl: text(data, 'operator.sl'), ...(text(data, 'operator.en') ? { en: text(data, 'operator.en') } : {}) },
			contactEmail: text(data, 'contactEmail'),
			...(text(data, 'contactAddress') ? { contactAddress: text(data, 'contactAddress') } : {}),
			accessibility: bilingual(data, 'accessibility'),
			privacy: bilingual(data, 'privacy')
		};
		try {
			await updateSiteInfo({ db, context: { actor: locals.actor, source: 'form' }, input });
			return { saved: true };
		} catch (error) {
			return failForm(error, formValues(data));
		}
	}
};
