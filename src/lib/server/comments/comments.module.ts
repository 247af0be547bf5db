import { m } from '../../paraglide/messages.js';
import { backOfficeForm, form, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { commentPaths } from './comments.openapi.ts';
import { commentsPolicy } from './comments.policy.ts';
import { commentOrganisationReferences, commentPersonReferences } from './comments.references.ts';

/** Comments on posts (later plans and reports), with pre- or post-moderation per space and a spam folder (issue 14). */
export const commentsModule = defineModule({
	name: 'comments',
	routes: {
		// the form posts here; its page shows the subject's comments and the form again with its problems
		'/comments/[kind]/[id]': form,
		'/api/v1/comments': { GET: policy(commentsPolicy, 'read'), POST: policy(commentsPolicy, 'post') },
		'/api/v1/comments/[id]': { PATCH: policy(commentsPolicy, 'moderate') },
		'/api/v1/spaces/[slug]/comments': { GET: policy(commentsPolicy, 'readAll') },
		'/app/(signed-in)/spaces/[slug]/comments': backOfficeForm(commentsPolicy, 'moderate')
	},
	openApiPaths: commentPaths,
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/comments', label: m.comments_queue_title, shownTo: linkFor(commentsPolicy, 'moderate') }],
	organisationReferences: commentOrganisationReferences,
	personReferences: commentPersonReferences
});
