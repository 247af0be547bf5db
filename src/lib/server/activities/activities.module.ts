import { m } from '../../paraglide/messages.js';
import { anyone, backOffice, backOfficeForm, form, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { createActivityCommand, listActivitiesCommand } from './activities.cli.ts';
import { activityPaths } from './activities.openapi.ts';
import { activitiesDigestSection } from './activities.digest.ts';
import { activitiesPolicy } from './activities.policy.ts';
import { activityOrganisationReferences, activityPersonReferences } from './activities.references.ts';
import { calendarPaths } from './calendar/calendar.openapi.ts';
import { checkinPaths } from './checkin/checkin.openapi.ts';
import { checkinPolicy } from './checkin/checkin.policy.ts';
import { loadDemoActivities } from './demo/demo-activities.usecases.ts';
import { loadDemoProjectActivities } from './demo/demo-project-activities.usecases.ts';
import { evaluationPaths } from './evaluation/evaluation.openapi.ts';
import { activityExportPaths } from './exports/exports.openapi.ts';
import { activityExportsPolicy } from './exports/exports.policy.ts';
import { activitiesIndicatorRules } from './figures/activities.indicator-rules.ts';
import { figuresPaths } from './figures/figures.openapi.ts';
import { registrationJobHandlers } from './registrations/registrations.jobs.ts';
import { registrationPaths } from './registrations/registrations.openapi.ts';
import { registrationsPolicy } from './registrations/registrations.policy.ts';

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
		'/app/(signed-in)/spaces/[slug]/activities/[id]': backOfficeForm(activitiesPolicy, 'manage'),
		// the public calendar, event pages and iCalendar feeds (calendar/)
		'/calendar': read,
		'/calendar.ics': read,
		'/spaces/[slug]/calendar': read,
		'/spaces/[slug]/calendar.ics': read,
		'/spaces/[slug]/activities/[activity]': read,
		'/spaces/[slug]/activities/[activity]/calendar.ics': read,
		'/api/v1/calendar.ics': { GET: policy(activitiesPolicy, 'read') },
		'/api/v1/spaces/[slug]/calendar.ics': { GET: policy(activitiesPolicy, 'read') },
		// registration without an account, the personal link, bulk registration by member editors (registrations/)
		'/spaces/[slug]/activities/[activity]/register': form,
		'/registrations/[token]': form,
		'/api/v1/activities/[id]/registrations': { GET: policy(registrationsPolicy, 'list'), POST: policy(registrationsPolicy, 'register') },
		'/api/v1/registrations/[token]': { GET: anyone, DELETE: policy(registrationsPolicy, 'byLink') },
		'/api/v1/registrations/[token]/accept': { POST: policy(registrationsPolicy, 'byLink') },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/register-people': backOfficeForm(registrationsPolicy, 'registerOthers'),
		// the figures of a space's activities for a period, and of one activity (figures/)
		'/app/(signed-in)/spaces/[slug]/activities/figures': { GET: backOffice(activitiesPolicy, 'readInternal') },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/figures': { GET: backOffice(activitiesPolicy, 'readInternal') },
		'/api/v1/spaces/[slug]/activities/figures': { GET: policy(activitiesPolicy, 'readInternal') },
		// exports of attendance and evaluation answers (exports/): staff of the space, platform admins across spaces
		'/api/v1/activities/[id]/attendance.[format]': { GET: policy(activityExportsPolicy, 'export') },
		'/api/v1/activities/[id]/evaluation.[format]': { GET: policy(activityExportsPolicy, 'export') },
		'/api/v1/spaces/[slug]/activities/attendance.[format]': { GET: policy(activityExportsPolicy, 'export') },
		'/api/v1/activities/attendance.[format]': { GET: policy(activityExportsPolicy, 'exportAllSpaces') },
		// the registration list, check-in at the door and the sign-in sheet (checkin/)
		'/app/(signed-in)/spaces/[slug]/activities/[id]/registrations': { GET: backOffice(checkinPolicy, 'read'), POST: backOffice(checkinPolicy, 'checkIn') },
		'/app/(signed-in)/spaces/[slug]/activities/[id]/checkin': backOfficeForm(checkinPolicy, 'checkIn'),
		'/app/(signed-in)/spaces/[slug]/activities/[id]/checkin/sheet': backOfficeForm(checkinPolicy, 'checkIn'),
		'/api/v1/activities/[id]/checkin': {
			GET: policy(checkinPolicy, 'checkIn'),
			POST: policy(checkinPolicy, 'checkIn'),
			DELETE: policy(checkinPolicy, 'checkIn')
		},
		// evaluation and certificates: the participant's form and certificate by their personal link, public verification, staff page
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
	openApiPaths: {
		...activityPaths,
		...calendarPaths,
		...registrationPaths,
		...figuresPaths,
		...activityExportPaths,
		...checkinPaths,
		...evaluationPaths
	},
	jobHandlers: ({ db }) => ({ ...registrationJobHandlers(db) }),
	cliCommands: {
		'activities:create': createActivityCommand,
		'activities:list': listActivitiesCommand
	},
	// the upcoming activities of the demo spaces, and PRO-NVO-VID's past ones with the indicators they feed
	demoContent: async (load) => {
		const upcoming = await loadDemoActivities(load);
		const past = await loadDemoProjectActivities(load);
		return { created: [...upcoming.created, ...past.created], skipped: [...upcoming.skipped, ...past.skipped] };
	},
	backOfficeLinks: [
		{ place: 'space', href: '/app/spaces/[slug]/activities', label: m.activities_title, shownTo: linkFor(activitiesPolicy, 'manage') },
		{ place: 'space', href: '/app/spaces/[slug]/activities/figures', label: m.figures_title, shownTo: linkFor(activitiesPolicy, 'readInternal') }
	],
	organisationReferences: activityOrganisationReferences,
	personReferences: activityPersonReferences,
	indicatorRules: activitiesIndicatorRules,
	digestSections: [activitiesDigestSection]
});
