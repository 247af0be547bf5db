import { backOffice, policy } from '../manifest/access-rules.ts';
import { m } from '../../paraglide/messages.js';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { figuresPaths } from './figures/figures.openapi.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { activitiesIndicatorRules } from './figures/activities.indicator-rules.ts';
import { loadDemoProjectActivities } from './demo/demo-project-activities.usecases.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// the figures of a space's activities for a period, and of one activity (item 7)
		'/app/(signed-in)/spaces/[slug]/activities/figures': { GET: backOffice(activitiesPolicy, 'readInternal') },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/figures': { GET: backOffice(activitiesPolicy, 'readInternal') },
		'/api/v1/spaces/[slug]/activities/figures': { GET: policy(activitiesPolicy, 'readInternal') }
	},
	openApiPaths: {
		...figuresPaths
	},
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences,
	indicatorRules: activitiesIndicatorRules,
	// the integrator combines this with the upcoming activities' demo (demo-activities.usecases.ts)
	demoContent: loadDemoProjectActivities,
	backOfficeLinks: [
		{ place: 'space', href: '/app/spaces/[slug]/activities/figures', label: m.figures_title, shownTo: linkFor(activitiesPolicy, 'readInternal') }
	]
});
