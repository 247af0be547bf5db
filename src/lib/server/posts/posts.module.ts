import { m } from '../../paraglide/messages.js';
import { backOfficeForm, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { loadDemoPosts } from './demo/demo-posts.usecases.ts';
import { postCommentSubject } from './posts.comment-subject.ts';
import { postsDigestSection } from './posts.digest.ts';
import { createPostCommand, listPostsCommand } from './posts.cli.ts';
import { postPaths } from './posts.openapi.ts';
import { postsPolicy } from './posts.policy.ts';

/** News, announcements and reports of a space: back office, public pages, Atom feeds, API (issue 14). */
export const postsModule = defineModule({
	name: 'posts',
	routes: {
		'/api/v1/spaces/[slug]/posts': { GET: policy(postsPolicy, 'read'), POST: policy(postsPolicy, 'manage') },
		'/api/v1/posts/[id]': { GET: policy(postsPolicy, 'read'), PATCH: policy(postsPolicy, 'manage'), DELETE: policy(postsPolicy, 'manage') },
		'/app/(signed-in)/spaces/[slug]/posts': backOfficeForm(postsPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/posts/new': backOfficeForm(postsPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/posts/[id]': backOfficeForm(postsPolicy, 'manage'),
		'/news': read,
		'/feed.xml': read,
		'/spaces/[slug]/posts': read,
		'/spaces/[slug]/posts/[post]': read,
		'/spaces/[slug]/feed.xml': read,
		'/spaces/[slug]/post-images/[image]/[file]': read
	},
	// a photo from a phone comes with the form (the use case refuses one over 10 MB in its own words)
	bodyLimits: {
		'/app/(signed-in)/spaces/[slug]/posts/new': 12 * 1024 * 1024,
		'/app/(signed-in)/spaces/[slug]/posts/[id]': 12 * 1024 * 1024
	},
	openApiPaths: postPaths,
	cliCommands: { 'posts:create': createPostCommand, 'posts:list': listPostsCommand },
	demoContent: loadDemoPosts,
	commentSubjects: [postCommentSubject],
	digestSections: [postsDigestSection],
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/posts', label: m.posts_title, shownTo: linkFor(postsPolicy, 'manage') }]
});
