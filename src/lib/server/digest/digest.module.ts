import { m } from '../../paraglide/messages.js';
import { backOffice, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { digestPaths } from './digest.openapi.ts';
import { digestPolicy } from './digest.policy.ts';

/**
 * The digest mail assembled per recipient from the sections modules contribute (`digestSections`
 * in their manifests): `composeDigest`, and a preview of it for staff. It keeps no tables; the
 * newsletters send what it composes.
 */
export const digestModule = defineModule({
	name: 'digest',
	routes: {
		'/api/v1/spaces/[slug]/digest-preview': { GET: policy(digestPolicy, 'preview') },
		'/app/(signed-in)/spaces/[slug]/digest': { GET: backOffice(digestPolicy, 'preview') }
	},
	openApiPaths: digestPaths,
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/digest', label: m.digest_link, shownTo: linkFor(digestPolicy, 'preview') }]
});
