import { anyone, backOffice, backOfficeForm, form, policy } from '../manifest/access-rules.ts';
import { m } from '../../paraglide/messages.js';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { loadDemoProjectActivities } from './demo/demo-project-activities.usecases.ts';
import { activitiesIndicatorRules } from './figures/activities.indicator-rules.ts';
import { figuresPaths } from './figures/figures.openapi.ts';
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
		'/app/(signed-in)/spaces/[slug]/activities/[id]/register-people': backOfficeForm(registrationsPolicy, 'registerOthers'),
		// the figures of a space's activities for a period, and of one activity (figures/)
		'/app/(signed-in)/spaces/[slug]/activities/figures': { GET: backOffice(activitiesPolicy, 'readInternal') },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/figures': { GET: backOffice(activitiesPolicy, 'readInternal') },
		'/api/v1/spaces/[slug]/activities/figures': { GET: policy(activitiesPolicy, 'readInternal') }
	},
	openApiPaths: {
		...registrationPaths,
		...figuresPaths
	},
	jobHandlers: ({ db }) => ({ ...registrationJobHandlers(db) }),
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences,
	indicatorRules: activitiesIndicatorRules,
	demoContent: loadDemoProjectActivities,
	backOfficeLinks: [
		{ place: 'space', href: '/app/spaces/[slug]/activities/figures', label: m.figures_title, shownTo: linkFor(activitiesPolicy, 'readInternal') }
	]
});
