import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { commentSectionData, findSubject, postComment } from '#lib/server/comments/comments.usecases.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';
import { localHref } from '#lib/shared/links.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The subject's page in the current language: the address its module gives, in English under /en. */
const pageOf = (url: string) => (url === '/en' || url.startsWith('/en/') ? url : localHref(url));

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const subject = { kind: params.kind, id: params.id };
	const facts = await findSubject(db, subject).catch(rethrowForPage);
	const section = await commentSectionData({ db, actor: locals.actor, subject });
	return { subject, title: facts.title, page: pageOf(facts.url), notice: url.searchParams.get('comment'), ...section };
};

export const actions: Actions = {
	// a comment sent without JavaScript: back to the subject's page with a notice, or this page with the form as typed and its problems
	default: async ({ request, params, locals, getClientAddress }) => {
		const data = await request.formData();
		const { db, config, wakeJobRunner } = await getApp();
		// the honeypot is never sent back; the signed time is, so that correcting a mistake is not "too fast"
		const values = formValues(data, ['website']);
		let sent: { status: string; url: string };
		try {
			sent = await postComment({
				db,
				context: { actor: locals.actor, source: 'form' },
				clientAddress: getClientAddress(),
				publicUrl: config.publicUrl,
				input: {
					subject: `${params.kind}:${params.id}`,
					name: String(data.get('name') ?? ''),
					email: String(data.get('email') ?? ''),
					body: String(data.get('body') ?? ''),
					locale: getLocale(),
					website: String(data.get('website') ?? ''),
					started: String(data.get('started') ?? '') || undefined
				}
			});
		} catch (error) {
			return failForm(error, values);
		}
		wakeJobRunner();
		// spam is answered like a held comment: a robot learns nothing
		redirect(303, `${pageOf(sent.url)}?comment=${sent.status === 'published' ? 'published' : 'held'}#comments`);
	}
};
