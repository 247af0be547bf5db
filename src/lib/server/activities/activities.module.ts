import { backOffice, form, policy, read } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { evaluationPaths } from './evaluation/evaluation.openapi.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// evaluation and certificates (items 5 and 6): the participant's form and certificate by their personal link, public verification, staff page
		'/evaluation/[token]': form,
		'/certificates/[token]': read,
		'/certificates/[token].pdf': read,
		'/certificates/verify/[code]': read,
		'/app/(signed-in)/spaces/[slug]/activities/[id]/evaluation': {
			GET: backOffice(activitiesPolicy, 'readInternal'),
			POST: backOffice(activitiesPolicy, 'manage')
		},
		'/api/v1/activities/[id]/evaluation': { GET: policy(activitiesPolicy, 'readInternal') }
	},
	openApiPaths: { ...evaluationPaths },
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
