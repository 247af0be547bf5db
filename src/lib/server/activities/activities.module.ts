import { defineModule } from '../manifest/manifest.ts';
import { policy, read } from '../manifest/access-rules.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { calendarPaths } from './calendar/calendar.openapi.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// the public calendar, event pages and iCalendar feeds (calendar/)
		'/calendar': read,
		'/calendar.ics': read,
		'/spaces/[slug]/calendar': read,
		'/spaces/[slug]/calendar.ics': read,
		'/spaces/[slug]/activities/[activity]': read,
		'/spaces/[slug]/activities/[activity]/calendar.ics': read,
		'/api/v1/calendar.ics': { GET: policy(activitiesPolicy, 'read') },
		'/api/v1/spaces/[slug]/calendar.ics': { GET: policy(activitiesPolicy, 'read') }
	},
	openApiPaths: {
		...calendarPaths
	},
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
