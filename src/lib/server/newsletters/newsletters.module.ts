import { m } from '../../paraglide/messages.js';
import { anyone, backOffice, backOfficeForm, form, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { composeDigest } from '../digest/digest.compose.ts';
import { digestJobHandlers } from './digest-sending.ts';
import { loadDemoNewsletters } from './newsletters.demo.ts';
import { newsletterPaths } from './newsletters.openapi.ts';
import { newslettersPolicy } from './newsletters.policy.ts';
import { newsletterPersonReferences } from './newsletters.references.ts';
import { sendCampaignSlice } from './newsletters.sending.ts';
import { campaignJobKind } from './newsletters.shared.ts';

/** A space's mailing lists, double opt-in sign-up, one-click unsubscribe, campaigns and digests (issue 14). */
export const newslettersModule = defineModule({
	name: 'newsletters',
	routes: {
		'/app/(signed-in)/spaces/[slug]/newsletters': backOfficeForm(newslettersPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/newsletters/campaigns/[id]': backOfficeForm(newslettersPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/newsletters/campaigns/[id]/preview': { GET: backOffice(newslettersPolicy, 'manage') },
		// the public sign-up form, the confirmation link, the unsubscribe page and its RFC 8058 POST
		'/spaces/[slug]/newsletter': form,
		'/newsletters/confirm/[token]': form,
		'/unsubscribe/[token]': form,
		'/unsubscribe/[token]/one-click': { GET: anyone, POST: policy(newslettersPolicy, 'byLink') },
		'/api/v1/spaces/[slug]/newsletter-lists': { GET: policy(newslettersPolicy, 'read'), POST: policy(newslettersPolicy, 'manage') },
		'/api/v1/newsletter-lists/[id]/subscribers': { GET: policy(newslettersPolicy, 'read') },
		'/api/v1/newsletter-lists/[id]/subscriptions': { POST: policy(newslettersPolicy, 'signUp') },
		'/api/v1/spaces/[slug]/campaigns': { GET: policy(newslettersPolicy, 'read'), POST: policy(newslettersPolicy, 'manage') },
		'/api/v1/campaigns/[id]/send': { POST: policy(newslettersPolicy, 'manage') },
		'/api/v1/campaigns/[id]/test': { POST: policy(newslettersPolicy, 'manage') }
	},
	openApiPaths: newsletterPaths,
	jobHandlers: ({ db, transport }) => ({
		[campaignJobKind]: { run: (payload) => sendCampaignSlice({ db, transport, payload }), maxRunning: 2 },
		...digestJobHandlers({ db, composeDigest })
	}),
	demoContent: loadDemoNewsletters,
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/newsletters', label: m.newsletters_title, shownTo: linkFor(newslettersPolicy, 'manage') }],
	personReferences: newsletterPersonReferences
});
