import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { refusedForm } from '#lib/server/newsletters/newsletters.pages.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { newslettersPolicy } from '#lib/server/newsletters/newsletters.policy.ts';
import {
	campaignProblems,
	createCampaign,
	getCampaign,
	listLists,
	sendCampaign,
	testSendCampaign,
	updateCampaign
} from '#lib/server/newsletters/newsletters.usecases.ts';
import { defaultRatePerMinute } from '#lib/server/newsletters/newsletters.shared.ts';
import { localHref } from '#lib/shared/links.ts';

const isId = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(newslettersPolicy, locals.actor, 'manage', { spaceId: space.id });
	if (params.id !== 'new' && !isId(params.id)) error(404, 'Not found');
	const campaign = params.id === 'new' ? null : await getCampaign({ db, actor: locals.actor, id: params.id }).catch(rethrowForPage);
	if (campaign && campaign.spaceId !== space.id) error(404, 'Not found');
	const lists = await listLists({ db, actor: locals.actor, space });
	return {
		space: { slug: space.slug, name: space.name },
		campaign,
		lists: lists.map((list) => ({ id: list.id, name: list.name, recipients: list.recipients })),
		problems: campaign && campaign.status !== 'draft' ? await campaignProblems(db, campaign.id) : [],
		defaultRate: defaultRatePerMinute()
	};
};

const draftOf = (values: Record<string, string>) => ({
	listId: values.listId ?? '',
	subjectSl: values.subjectSl ?? '',
	bodySl: values.bodySl ?? '',
	subjectEn: values.subjectEn ?? '',
	bodyEn: values.bodyEn ?? ''
});

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const { db } = await getApp();
		const space = spaceForPage(locals, params.slug);
		const values = formValues(await request.formData());
		const context = { actor: locals.actor, source: 'form' } as const;
		let id = params.id;
		try {
			if (params.id === 'new') id = (await createCampaign({ db, context, space, input: draftOf(values) })).id;
			else await updateCampaign({ db, context, space, id: params.id, input: draftOf(values) });
		} catch (cause) {
			return refusedForm(cause, values);
		}
		redirect(303, `${localHref(`/app/spaces/${space.slug}/newsletters/campaigns/${id}`)}?saved=1#preview`);
	},
	test: async ({ params, locals }) => {
		const { db, config, wakeJobRunner } = await getApp();
		const space = spaceForPage(locals, params.slug);
		try {
			const sent = await testSendCampaign({ db, context: { actor: locals.actor, source: 'form' }, space, id: params.id, publicUrl: config.publicUrl });
			wakeJobRunner();
			return { tested: sent.to };
		} catch (cause) {
			return refusedForm(cause, {});
		}
	},
	send: async ({ request, params, locals }) => {
		const { db, config, wakeJobRunner } = await getApp();
		const space = spaceForPage(locals, params.slug);
		const values = formValues(await request.formData());
		try {
			await sendCampaign({
				db,
				context: { actor: locals.actor, source: 'form' },
				space,
				id: params.id,
				publicUrl: config.publicUrl,
				input: values.ratePerMinute ? { ratePerMinute: values.ratePerMinute } : {}
			});
			wakeJobRunner();
			return { sending: true };
		} catch (cause) {
			return refusedForm(cause, values);
		}
	}
};
