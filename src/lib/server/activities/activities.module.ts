import { policy } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { activityExportPaths } from './exports/exports.openapi.ts';
import { activityExportsPolicy } from './exports/exports.policy.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// exports of attendance and evaluation answers (exports/): staff of the space, platform admins across spaces
		'/api/v1/activities/[id]/attendance.[format]': { GET: policy(activityExportsPolicy, 'export') },
		'/api/v1/activities/[id]/evaluation.[format]': { GET: policy(activityExportsPolicy, 'export') },
		'/api/v1/spaces/[slug]/activities/attendance.[format]': { GET: policy(activityExportsPolicy, 'export') },
		'/api/v1/activities/attendance.[format]': { GET: policy(activityExportsPolicy, 'exportAllSpaces') }
	},
	openApiPaths: {
		...activityExportPaths
	},
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
