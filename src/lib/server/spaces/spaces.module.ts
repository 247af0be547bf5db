import { m } from '../../paraglide/messages.js';
import { backOfficeForm, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { loadDemoSpaces } from './demo/demo-spaces.usecases.ts';
import { spacePaths } from './spaces.openapi.ts';
import { spacesPolicy } from './spaces.policy.ts';

export const spacesModule = defineModule({
	name: 'spaces',
	routes: {
		'/': read,
		'/spaces': read,
		'/spaces/[slug]': read,
		'/api/v1/spaces': { GET: policy(spacesPolicy, 'read') },
		'/api/v1/spaces/[slug]': { GET: policy(spacesPolicy, 'read'), PATCH: policy(spacesPolicy, 'update') },
		'/app/(signed-in)/spaces/[slug]/profile': backOfficeForm(spacesPolicy, 'update')
	},
	// every text of a space profile, in two languages, in one form
	bodyLimits: { '/app/(signed-in)/spaces/[slug]/profile': 1_048_576 },
	openApiPaths: spacePaths,
	demoContent: loadDemoSpaces,
	backOfficeLinks: [
		{ place: 'space', href: '/spaces/[slug]', label: m.backoffice_public_page, shownTo: () => true },
		{ place: 'space', href: '/app/spaces/[slug]/profile', label: m.backoffice_edit_profile, shownTo: linkFor(spacesPolicy, 'update') }
	]
});
