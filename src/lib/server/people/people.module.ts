import { m } from '../../paraglide/messages.js';
import { backOffice, backOfficeForm, policy } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';
import { affiliationsOfOrganisation } from './people.merge.ts';
import { peoplePaths } from './people.openapi.ts';
import { peoplePolicy } from './people.policy.ts';
import { peopleOwnReferences } from './people.references.ts';
import { ownOrganisationIds } from '../policy/actor.ts';
import { can } from '../policy/policy.ts';

/** People of the registry; the use cases decide for the person named (their organisations, their spaces). */
export const peopleModule = defineModule({
	name: 'people',
	routes: {
		'/api/v1/people': { GET: policy(peoplePolicy, 'read'), POST: policy(peoplePolicy, 'create') },
		'/api/v1/people/[id]': { GET: policy(peoplePolicy, 'read'), PATCH: policy(peoplePolicy, 'update') },
		'/api/v1/people/[id]/consents': { POST: policy(peoplePolicy, 'update') },
		'/api/v1/people/[id]/export': { GET: policy(peoplePolicy, 'exportPersonalData') },
		'/api/v1/people/[id]/erase': { POST: policy(peoplePolicy, 'erase') },
		'/app/(signed-in)/people': { GET: backOffice(peoplePolicy, 'read') },
		'/app/(signed-in)/people/new': backOfficeForm(peoplePolicy, 'create'),
		'/app/(signed-in)/people/[id]': { GET: backOffice(peoplePolicy, 'read'), POST: backOffice(peoplePolicy, 'update') },
		'/app/(signed-in)/people/[id]/export': { GET: backOffice(peoplePolicy, 'exportPersonalData') }
	},
	openApiPaths: peoplePaths,
	organisationReferences: [affiliationsOfOrganisation],
	personReferences: peopleOwnReferences,
	backOfficeLinks: [
		// a member editor reads the people of their own organisation
		{
			place: 'navigation',
			href: '/app/people',
			label: m.people_title,
			shownTo: (actor) => can(peoplePolicy, actor, 'read', { organisationIds: ownOrganisationIds(actor) })
		}
	]
});
