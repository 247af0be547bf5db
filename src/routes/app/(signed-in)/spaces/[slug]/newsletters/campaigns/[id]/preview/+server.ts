import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { newslettersPolicy } from '#lib/server/newsletters/newsletters.policy.ts';
import { localHref } from '#lib/shared/links.ts';
import { getCampaign, previewCampaign } from '#lib/server/newsletters/newsletters.usecases.ts';

/**
 * The saved campaign as a recipient's mail client shows it, for the editor's frame: a document of
 * its own (the mail's inline styles need a policy of their own), framed only by this site, running
 * no script.
 */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	// a server route runs no layout: the back office's guard (signed in, in a browser) is repeated here
	if (locals.actor.kind !== 'session') redirect(303, `${localHref('/app/sign-in')}?next=${encodeURIComponent(url.pathname + url.search)}`);
	const { db, config } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(newslettersPolicy, locals.actor, 'manage', { spaceId: space.id });
	if (!/^[0-9a-f-]{36}$/i.test(params.id)) error(404, 'Not found');
	const campaign = await getCampaign({ db, actor: locals.actor, id: params.id }).catch(rethrowForPage);
	if (campaign.spaceId !== space.id) error(404, 'Not found');
	const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'sl';
	const mail = await previewCampaign({
		db,
		actor: locals.actor,
		space,
		locale,
		publicUrl: config.publicUrl,
		draft: { listId: campaign.listId, subjectSl: campaign.subject.sl, bodySl: campaign.body.sl, subjectEn: campaign.subject.en, bodyEn: campaign.body.en }
	});
	return new Response(mail.html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'x-frame-options': 'SAMEORIGIN',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'self'; sandbox"
		}
	});
};
