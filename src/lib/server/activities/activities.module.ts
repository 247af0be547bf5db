import { anyone, backOfficeForm, form, policy } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { registrationJobHandlers } from './registrations/registrations.jobs.ts';
import { registrationPaths } from './registrations/registrations.openapi.ts';
import { registrationsPolicy } from './registrations/registrations.policy.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// registration without an account, the personal link, bulk registration by member editors (registrations/)
		'/spaces/[slug]/activities/[activity]/register': form,
		'/registrations/[token]': form,
		'/api/v1/activities/[id]/registrations': { GET: policy(registrationsPolicy, 'list'), POST: anyone },
		'/api/v1/registrations/[token]': { GET: anyone, DELETE: anyone },
		'/api/v1/registrations/[token]/accept': { POST: anyone },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/register-people': backOfficeForm(registrationsPolicy, 'registerOthers')
	},
	openApiPaths: {
		...registrationPaths
	},
	jobHandlers: ({ db }) => ({ ...registrationJobHandlers(db) }),
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
