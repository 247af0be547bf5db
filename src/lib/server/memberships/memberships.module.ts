import { m } from '../../paraglide/messages.js';
import { backOfficeForm, form, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { demoMembersCommand } from './demo/demo-members.cli.ts';
import { membershipIndicatorRules } from './memberships.indicator-rules.ts';
import { applicationsOfOrganisation, membershipsOfOrganisation } from './memberships.merge.ts';
import { membershipPaths } from './memberships.openapi.ts';
import { membershipsPolicy } from './memberships.policy.ts';

export const membershipsModule = defineModule({
	name: 'memberships',
	routes: {
		'/api/v1/spaces/[slug]/members': { GET: policy(membershipsPolicy, 'read') },
		'/api/v1/spaces/[slug]/members/[id]': { PUT: policy(membershipsPolicy, 'manage') },
		'/api/v1/spaces/[slug]/applications': { GET: policy(membershipsPolicy, 'review'), POST: policy(membershipsPolicy, 'apply') },
		'/api/v1/spaces/[slug]/applications/[id]': { POST: policy(membershipsPolicy, 'manage') },
		'/spaces/[slug]/apply': form,
		'/app/(signed-in)/spaces/[slug]/members': backOfficeForm(membershipsPolicy, 'manage')
	},
	openApiPaths: membershipPaths,
	organisationReferences: [membershipsOfOrganisation, applicationsOfOrganisation],
	indicatorRules: membershipIndicatorRules,
	cliCommands: {
		'demo:members': {
			summary: "Make about one in four synthetic organisations (demo:registry) of a demo space's region or field members of it.",
			run: demoMembersCommand
		}
	},
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/members', label: m.members_title, shownTo: linkFor(membershipsPolicy, 'manage') }]
});
