import { m } from '../../paraglide/messages.js';
import { backOffice, backOfficeForm, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { callsDigestSection } from './calls.digest.ts';
import { ownOrganisationIds } from '../policy/actor.ts';
import { importCallsCommand, listCallsCommand } from './calls.cli.ts';
import { callsOrganisationReferences } from './calls.merge.ts';
import { callPaths } from './calls.openapi.ts';
import { callsPolicy } from './calls.policy.ts';
import { loadDemoCalls } from './demo/demo-calls.usecases.ts';

/** Files of calls imported from the back office: a list kept in Excel is a few dozen kilobytes. */
export const maxCallsImportBytes = 2 * 1024 * 1024;

/** Funding calls (javni razpisi), shared by every space: public list and calendar, feeds, matching to members, applications (issue 14). */
export const callsModule = defineModule({
	name: 'calls',
	routes: {
		'/calls': read,
		'/calls/[id]': read,
		'/calls/feed.xml': read,
		'/calls.ics': read,
		'/api/v1/calls': { GET: policy(callsPolicy, 'read'), POST: policy(callsPolicy, 'manage') },
		'/api/v1/calls/[id]': { GET: policy(callsPolicy, 'read'), PATCH: policy(callsPolicy, 'manage') },
		'/api/v1/calls/[id]/eligible-organisations': { GET: policy(callsPolicy, 'staffAnywhere') },
		'/api/v1/calls/[id]/applications': { GET: policy(callsPolicy, 'staffAnywhere'), POST: policy(callsPolicy, 'staffAnywhere') },
		'/api/v1/applications/[id]': { PATCH: policy(callsPolicy, 'staffAnywhere') },
		'/api/v1/organisations/[id]/call-applications': { GET: policy(callsPolicy, 'staffAnywhere') },
		'/app/(signed-in)/calls': { GET: backOffice(callsPolicy, 'staffAnywhere') },
		'/app/(signed-in)/calls/new': backOfficeForm(callsPolicy, 'manage'),
		'/app/(signed-in)/calls/import': backOfficeForm(callsPolicy, 'manage'),
		'/app/(signed-in)/calls/[id]': backOfficeForm(callsPolicy, 'staffAnywhere'),
		'/app/(signed-in)/calls/eligible': { GET: backOffice(callsPolicy, 'eligiblePage') }
	},
	bodyLimits: { '/app/(signed-in)/calls/import': 2 * maxCallsImportBytes },
	openApiPaths: callPaths,
	cliCommands: { 'calls:import': importCallsCommand, 'calls:list': listCallsCommand },
	demoContent: loadDemoCalls,
	backOfficeLinks: [
		{ place: 'navigation', href: '/app/calls', label: m.calls_admin_title, shownTo: linkFor(callsPolicy, 'staffAnywhere') },
		{ place: 'navigation', href: '/app/calls/eligible', label: m.calls_eligible_title, shownTo: (actor) => ownOrganisationIds(actor).length > 0 }
	],
	organisationReferences: callsOrganisationReferences,
	digestSections: [callsDigestSection]
});
