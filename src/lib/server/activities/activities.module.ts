import { defineModule } from '../manifest/manifest.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { backOffice, backOfficeForm, policy } from '../manifest/access-rules.ts';
import { checkinPaths } from './checkin/checkin.openapi.ts';
import { checkinPolicy } from './checkin/checkin.policy.ts';

/** Trainings, events and the rest of a space's activities: calendar, registrations, check-in, evaluation, certificates, figures (issue 13). */
export const activitiesModule = defineModule({
	name: 'activities',
	routes: {
		// the registration list, check-in at the door and the sign-in sheet (checkin/)
		'/app/(signed-in)/spaces/[slug]/activities/[id]/registrations': { GET: backOffice(checkinPolicy, 'read'), POST: backOffice(checkinPolicy, 'checkIn') },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/checkin': backOfficeForm(checkinPolicy, 'checkIn'),
		'/app/(signed-in)/spaces/[slug]/activities/[id]/checkin/sheet': backOfficeForm(checkinPolicy, 'checkIn'),
		'/api/v1/activities/[id]/checkin': {
			GET: policy(checkinPolicy, 'checkIn'),
			POST: policy(checkinPolicy, 'checkIn'),
			DELETE: policy(checkinPolicy, 'checkIn')
		}
	},
	openApiPaths: {
		...checkinPaths
	},
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences
});
