import { m } from '../../paraglide/messages.js';
import { backOfficeForm, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { createActivityCommand, listActivitiesCommand } from './activities.cli.ts';
import { activityPaths } from './activities.openapi.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { loadDemoActivities } from './demo/demo-activities.usecases.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// the activities themselves, in the API and the back office
		'/api/v1/spaces/[slug]/activities': { GET: policy(activitiesPolicy, 'read'), POST: policy(activitiesPolicy, 'manage') },
		'/api/v1/activities/[id]': { GET: policy(activitiesPolicy, 'read'), PATCH: policy(activitiesPolicy, 'manage') },
		'/app/(signed-in)/spaces/[slug]/activities': backOfficeForm(activitiesPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/activities/new': backOfficeForm(activitiesPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/activities/types': backOfficeForm(activitiesPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/activities/[id]': backOfficeForm(activitiesPolicy, 'manage')
	},
	openApiPaths: { ...activityPaths },
	cliCommands: {
		'activities:create': createActivityCommand,
		'activities:list': listActivitiesCommand
	},
	// the upcoming activities of the demo spaces (the past ones of PRO-NVO-VID are another part)
	demoContent: async (load) => {
		const upcoming = await loadDemoActivities(load);
		return { created: [...upcoming.created], skipped: [...upcoming.skipped] };
	},
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/activities', label: m.activities_title, shownTo: linkFor(activitiesPolicy, 'manage') }],
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
