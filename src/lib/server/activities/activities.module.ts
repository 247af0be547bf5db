import { defineModule } from '../manifest/manifest.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
