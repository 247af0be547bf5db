import { backOfficeForm, policy, read } from '../http/access-rules.ts';
import { defineModule } from '../modules/manifest.ts';
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
	openApiPaths: spacePaths
});
