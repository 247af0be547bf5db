import { defineModule } from '../manifest/manifest.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { activitiesIndicatorRules } from './figures/activities.indicator-rules.ts';
import { loadDemoProjectActivities } from './demo/demo-project-activities.usecases.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences,
	indicatorRules: activitiesIndicatorRules,
	// the integrator combines this with the upcoming activities' demo (demo-activities.usecases.ts)
	demoContent: loadDemoProjectActivities
});
